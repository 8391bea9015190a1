import type { Span } from "../corpus/types.js";

/**
 * Nouns of a site, a place named by what stands there rather than by a name: "at a Hindu
 * temple", "outside the High Court", "in a hospital". Singular; a plural is read by its "s".
 */
const SITE_NOUNS = [
  "temple church mosque synagogue cathedral chapel shrine",
  "school college university campus academy",
  "hospital clinic surgery",
  "stadium arena ground pitch track course circuit",
  "hall theatre theater cinema museum gallery studio",
  "hotel restaurant pub bar club casino",
  "airport station port harbour harbor terminal",
  "prison jail court courthouse embassy palace parliament",
  "factory plant mine refinery warehouse depot office headquarters",
  "centre center base camp site park garden farm beach",
];

/**
 * A site after a preposition of place and an article, with up to two words qualifying it:
 * "at a Hindu temple", "in the new Wembley stadium". Only with an article, so "in court" and
 * "at school" (a state, not a place) are left alone.
 */
const SITE = new RegExp(
  `\\b(?:at|in|inside|outside|near)\\s+((?:a|an|the)\\s+(?:[\\p{L}'’-]+\\s+){0,2}(?:${SITE_NOUNS.join(" ").split(" ").join("|")})s?)\\b`,
  "giu",
);

/**
 * Where `text` names a place by the site that stands there ("a Hindu temple"): what a "where"
 * question asks for when the sentence names no place. Offsets of the article and noun phrase.
 */
export function siteSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(SITE)) {
    const phrase = m[1]!;
    const start = m.index + m[0].length - phrase.length;
    out.push({ start, end: start + phrase.length });
  }
  return out;
}
