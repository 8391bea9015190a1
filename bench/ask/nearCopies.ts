import type { Article } from "../../src/corpus/types.js";

/** Share of the smaller article's word 5-grams the other must hold to count as a copy. */
const COPY_SHARE = 0.7;

const shingles = (article: Article): Set<string> => {
  const words = article.paragraphs
    .map((p) => p.text)
    .join(" ")
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  const out = new Set<string>();
  if (!words) return out;
  for (let i = 0; i + 5 <= words.length; i++) out.add(words.slice(i, i + 5).join(" "));
  return out;
};

/**
 * For each of `ids`, the other articles that are near-verbatim copies of it (most of the same
 * word 5-grams): the questions README counts a citation of such a copy as a citation of the
 * article itself.
 */
export function nearCopies(
  articles: readonly Article[],
  ids: ReadonlySet<string>,
): Map<string, Set<string>> {
  const grams = new Map(articles.map((a) => [a.id, shingles(a)]));
  const holders = new Map<string, string[]>();
  for (const [id, set] of grams) {
    for (const g of set) {
      const list = holders.get(g);
      if (list) list.push(id);
      else holders.set(g, [id]);
    }
  }
  const copies = new Map<string, Set<string>>();
  for (const id of ids) {
    const mine = grams.get(id);
    if (!mine) continue;
    const shared = new Map<string, number>();
    for (const g of mine)
      for (const other of holders.get(g) ?? [])
        if (other !== id) shared.set(other, (shared.get(other) ?? 0) + 1);
    const found = new Set<string>();
    for (const [other, n] of shared) {
      const smaller = Math.min(mine.size, grams.get(other)?.size ?? 0);
      if (smaller > 0 && n / smaller >= COPY_SHARE) found.add(other);
    }
    copies.set(id, found);
  }
  return copies;
}
