import type { Article } from "../corpus/types.js";
import type { SourceRef } from "./directoryTypes.js";
import { findNameMentions } from "./findNameMentions.js";
import { sentenceOffset } from "./sentenceStart.js";
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

function roleWords(roles: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const r of roles)
    for (const w of foldName(r).split(" "))
      if (w && !GENERIC_ROLE_WORDS.has(w)) out.add(w.replace(/'s$/, ""));
  return out;
}

/** The key a sighting is grouped under: organisations by variant-proof key, people by name. */
export function keyOf(s: Sighting): string {
  return s.kind === "organisation"
    ? `org:${organisationKey(s.name)}`
    : `person:${personKey(s.name)}`;
}

/** Splits one name's sightings into people: articles whose roles share no word are different people. */
export function splitNamesakes(sightings: readonly Sighting[]): Sighting[][] {
  const byArticle = new Map<string, Sighting[]>();
  for (const s of sightings) {
    const list = byArticle.get(s.at.articleId);
    if (list) list.push(s);
    else byArticle.set(s.at.articleId, [s]);
  }
  const clusters: { words: Set<string>; items: Sighting[] }[] = [];
  for (const items of byArticle.values()) {
    const words = roleWords(items.flatMap((s) => (s.role ? [s.role] : [])));
    const home = clusters.find(
      (c) => c.words.size === 0 || words.size === 0 || [...words].some((w) => c.words.has(w)),
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
  const out: Sighting[] = [];
  for (const article of articles) {
    for (const m of findNameMentions(article)) {
      const paragraph = article.paragraphs.find((p) => p.number === m.paragraph);
      const offset = paragraph ? sentenceOffset(paragraph, m.start) : 0;
      out.push({
        name: m.name,
        kind: m.kind,
        role: m.role,
        surface: m.surface,
        at: { articleId: article.id, paragraph: m.paragraph, offset },
        quote: null,
      });
    }
  }
  for (const q of mentions) {
    if (!q.speaker) continue;
    out.push({
      name: q.speaker,
      kind: q.speakerKind,
      role: q.role,
      surface: q.speakerSurface,
      at: { articleId: q.articleId, paragraph: q.paragraph, offset: q.offset },
      quote: q,
    });
  }
  return out;
}
