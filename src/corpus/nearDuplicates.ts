import { overlap } from "./minHash.js";
import { StoryIndex } from "./storyIndex.js";
import type { LoadedCorpus } from "./load.js";
import type { Article } from "./types.js";

/** An article left out because another copy of the same story is kept. */
export interface NearDuplicate {
  readonly id: string;
  readonly path: string;
  /** The copy kept in its place. */
  readonly keptId: string;
  readonly keptPath: string;
  /** Share of the two copies' five-word sequences they have in common (Jaccard), 0–1. */
  readonly similarity: number;
  /** Share of the shorter copy's five-word sequences the other holds, 0–1. */
  readonly containment: number;
  /** Why that copy was kept, e.g. `it is dated` or `first in name order`. */
  readonly why: string;
}

/** The articles to serve, one per story, and the copies left out. */
export interface DistinctArticles {
  readonly kept: Article[];
  readonly duplicates: NearDuplicate[];
}

/**
 * Keeps one article per story. Which articles are copies comes from a {@link StoryIndex} (made
 * for `articles` unless a changing corpus keeps one), so the work grows with the corpus, not
 * with its pairs. Copies linked through one another form one group, whose best copy is kept
 * (see {@link compareCopies}). Order is preserved; only `articles` are considered.
 */
export function keepDistinct(
  articles: readonly Article[],
  index: StoryIndex = StoryIndex.of(articles),
): DistinctArticles {
  const position = new Map(articles.map((a, i) => [a, i]));
  const parent = articles.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  articles.forEach((article, i) => {
    for (const copy of index.copiesOf(article)) {
      const j = position.get(copy);
      if (j !== undefined && root(i) !== root(j)) parent[root(i)] = root(j);
    }
  });
  const groups = new Map<number, number[]>();
  articles.forEach((_, i) => {
    const group = groups.get(root(i));
    if (group) group.push(i);
    else groups.set(root(i), [i]);
  });
  const dropped = new Set<number>();
  const duplicates: NearDuplicate[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const best = group.reduce((a, b) => (compareCopies(articles[a]!, articles[b]!) <= 0 ? a : b));
    const kept = articles[best]!;
    for (const i of group) {
      if (i === best) continue;
      const copy = articles[i]!;
      dropped.add(i);
      const { jaccard, containment } = overlap(copy, kept);
      duplicates.push({
        id: copy.id,
        path: copy.path,
        keptId: kept.id,
        keptPath: kept.path,
        similarity: jaccard,
        containment,
        why: whyKept(kept, copy),
      });
    }
  }
  duplicates.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { kept: articles.filter((_, i) => !dropped.has(i)), duplicates };
}

/** The text's length in characters, over all paragraphs. */
function length(article: Article): number {
  return article.paragraphs.reduce((n, p) => n + p.text.length, 0);
}

/** Whether `a` is longer than `b` by more than a twentieth: more text, not a retouched word. */
function clearlyLonger(a: Article, b: Article): boolean {
  return length(a) > length(b) * 1.05;
}

/**
 * Negative when `a` is the better copy to keep: a dated copy over an undated one (its date
 * anchors the timeline), then a clearly longer text (nothing of the shorter is lost), then the
 * earlier publication (the original, not the re-publication), then the longer text, then the
 * first in name order (stable across reloads).
 */
export function compareCopies(a: Article, b: Article): number {
  if ((a.published === null) !== (b.published === null)) return a.published === null ? 1 : -1;
  if (clearlyLonger(a, b) || clearlyLonger(b, a)) return length(b) - length(a);
  if (a.published !== null && b.published !== null && a.published !== b.published)
    return a.published < b.published ? -1 : 1;
  return length(b) - length(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Why `kept` was kept over `copy`, in the words of {@link compareCopies}. */
function whyKept(kept: Article, copy: Article): string {
  if (kept.published !== null && copy.published === null) return "it is dated";
  const longer = `its text is longer (${length(kept)} characters against ${length(copy)})`;
  if (clearlyLonger(kept, copy)) return longer;
  if (kept.published !== null && copy.published !== null && kept.published !== copy.published)
    return `it was published first (${kept.published})`;
  if (length(kept) !== length(copy)) return longer;
  return "first in name order";
}

/**
 * A loaded corpus with one copy of each story kept (see `keepDistinct`): the copies left out
 * are listed, and are in no other part of the knowledge. Snapshots keep the list with the rest.
 */
export type KeptCorpus = LoadedCorpus & { readonly duplicates?: readonly NearDuplicate[] };

/** Leaves out near-duplicate copies of a story (see `keepDistinct`), listing them. */
export function withoutCopies(corpus: LoadedCorpus): KeptCorpus {
  const { kept, duplicates } = keepDistinct(corpus.articles);
  const left = new Set(duplicates.map((d) => d.id));
  return {
    ...corpus,
    articles: kept,
    cleaning: corpus.cleaning.filter((c) => !left.has(c.articleId)),
    duplicates,
  };
}
