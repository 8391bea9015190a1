import type { Span } from "../corpus/types.js";
import { isCommonNoun, isTimeWord } from "../quotes/nameLexicon.js";

/**
 * Nouns of a site, a place named by what stands there rather than by a name: "at a Hindu
 * temple", "outside the High Court", "in a hospital". Singular; a plural is read by its "s".
 * Words mostly read otherwise ("in the course of", "the base rate", "at the site of", "on the
 * ground", "on track", "plant" as a verb) are left out.
 */
const SITE_NOUNS = [
  "temple church mosque synagogue cathedral chapel shrine",
  "school college university campus academy",
  "hospital clinic surgery",
  "stadium arena pitch circuit",
  "hall theatre theater cinema museum gallery studio",
  "hotel restaurant pub bar club casino",
  "airport station port harbour harbor terminal",
  "prison jail court courthouse embassy palace parliament",
  "factory mine refinery warehouse depot office headquarters",
  "centre center camp park garden farm beach",
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
    if (qualifiesNext(text.slice(m.index + m[0].length))) continue;
    const start = m.index + m[0].length - phrase.length;
    out.push({ start, end: start + phrase.length });
  }
  return out;
}

/**
 * Whether the words after a site make it part of another phrase: "of" ("in the centre of
 * the row") or a common noun it qualifies ("in the school fees"); a time ("at the stadium
 * today") does not.
 */
function qualifiesNext(after: string): boolean {
  const next = /^\s+([\p{Ll}'’-]+)/u.exec(after)?.[1];
  if (next === undefined) return false;
  if (next === "of") return true;
  // The lexicon knows nouns in the singular: "fees" is read by "fee".
  const noun = isCommonNoun(next) || (next.endsWith("s") && isCommonNoun(next.slice(0, -1)));
  return noun && !isTimeWord(next);
}
