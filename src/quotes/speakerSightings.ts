import type { Article } from "../corpus/types.js";
import type { SourceRef } from "./directoryTypes.js";
import { findNameMentions } from "./findNameMentions.js";
import { sentenceOffset } from "./sentenceStart.js";
import { remembered } from "./remembered.js";
import { foldName, organisationKey, personKey } from "./speakerKeys.js";
import type { QuoteMention, SpeakerKind } from "./types.js";

/** One sighting of a name: from a quote attribution or a plain mention. */
export interface Sighting {
  readonly name: string;
  readonly kind: SpeakerKind;
  readonly role: string | null;
  readonly surface: string;
  readonly at: SourceRef;
  readonly quote: QuoteMention | null;
}

// Words that say nothing about who someone is, so two roles sharing only these differ.
// prettier-ignore
const GENERIC_ROLE_WORDS = new Set([
  "a", "an", "the", "of", "and", "to", "for", "in", "former", "known", "acting", "then", "current",
  "new",
]);

/** Offices one person may hold several of, or be called by in turn. */
// prettier-ignore
const OFFICES = new Set([
  "minister", "president", "secretary", "leader", "chancellor", "premier", "governor", "mayor",
  "chairman", "chairwoman", "chair", "speaker", "ambassador", "commissioner", "spokesman", "mp",
]);

/**
 * The words of the descriptions that introduce someone after the name ("a football coach in
 * Leeds", "the finance minister"): only these say which of two namesakes is meant. Titles before
 * a name ("Prime Minister", "Labour leader") vary from article to article for one person.
 */
function roleWords(roles: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const r of roles)
    if (/^(?:an?|the)\s/iu.test(r))
      for (const w of foldName(r).split(" "))
        if (w && !GENERIC_ROLE_WORDS.has(w)) out.add(w.replace(/'s$/, ""));
  return out;
}

/** The key a sighting is grouped under: organisations by variant-proof key, people by name. */
export function keyOf(s: Sighting): string {
  return s.kind === "organisation" ? organisationGroup(s.name) : personGroup(s.name);
}

// A corpus sights a few thousand names tens of thousands of times: each key is made once.
const organisationGroup = remembered(50_000, (name) => `org:${organisationKey(name)}`);
const personGroup = remembered(50_000, (name) => `person:${personKey(name)}`);

/**
 * Splits one name's sightings into people: articles that introduce the name with roles sharing
 * no word are different people; an article that introduces nobody joins the first.
 */
export function splitNamesakes(sightings: readonly Sighting[]): Sighting[][] {
  // Most names are sighted in one article only: one person, with nothing to compare.
  const only = sightings[0]?.at.articleId;
  if (only !== undefined && sightings.every((s) => s.at.articleId === only))
    return [[...sightings]];
  const byArticle = new Map<string, Sighting[]>();
  for (const s of sightings) {
    const list = byArticle.get(s.at.articleId);
    if (list) list.push(s);
    else byArticle.set(s.at.articleId, [s]);
  }
  const clusters: { words: Set<string>; items: Sighting[] }[] = [];
  // Two offices ("the prime minister", "the Labour leader") can be one person's; an office and
  // a trade ("the finance minister", "a dairy farmer") cannot.
  const holdsOffice = (words: Set<string>) => [...words].some((w) => OFFICES.has(w));
  for (const items of byArticle.values()) {
    const words = roleWords(items.flatMap((s) => (s.role ? [s.role] : [])));
    const home = clusters.find(
      (c) =>
        c.words.size === 0 ||
        words.size === 0 ||
        [...words].some((w) => c.words.has(w)) ||
        (holdsOffice(words) && holdsOffice(c.words)),
    );
    if (home) {
      home.items.push(...items);
      for (const w of words) home.words.add(w);
    } else clusters.push({ words, items: [...items] });
  }
  return clusters.map((c) => c.items);
}

/** Every sighting of a name in `articles`: plain mentions and quote attributions. */
export function sightingsOf(
  articles: Iterable<Article>,
  mentions: readonly QuoteMention[],
): Sighting[] {
  // flat and concat, not push(...): a long article's sightings would overflow its arguments.
  return Array.from(articles, nameSightings).flat().concat(quoteSightings(mentions));
}

/** The sightings of the names an article mentions, quoted or not, in reading order. */
export function nameSightings(article: Article): Sighting[] {
  const byNumber = new Map(article.paragraphs.map((p) => [p.number, p]));
  return findNameMentions(article).map((m) => {
    const paragraph = byNumber.get(m.paragraph);
    const offset = paragraph ? sentenceOffset(paragraph, m.start) : 0;
    return {
      name: m.name,
      kind: m.kind,
      role: m.role,
      surface: m.surface,
      at: { articleId: article.id, paragraph: m.paragraph, offset },
      quote: null,
    };
  });
}

/** The sightings of the speakers that quotes are attributed to (quotes with no speaker: none). */
export function quoteSightings(mentions: readonly QuoteMention[]): Sighting[] {
  const out: Sighting[] = [];
  for (const q of mentions) {
    if (!q.speaker) continue;
    out.push({
      name: q.speaker,
      kind: q.speakerKind,
      role: q.role,
      // "he", "the minister": how the quote was attributed, not a name for the speaker.
      surface:
        /^\p{Lu}/u.test(q.speakerSurface) && !/^(?:He|She|It|They)$/u.test(q.speakerSurface)
          ? q.speakerSurface
          : q.speaker,
      at: { articleId: q.articleId, paragraph: q.paragraph, offset: q.offset },
      quote: q,
    });
  }
  return out;
}
