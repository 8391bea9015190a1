import type { Article, Passage } from "../corpus/types.js";
import { familyOf, terms } from "../text/tokens.js";
import type { PassageHit, PassageIndex } from "./passageIndex.js";
import type { TermStats } from "./termStats.js";

/** Tuning of retrieval (tuned on the first half of SQuAD only; see `npm run bench`). */
export const RETRIEVAL = {
  /**
   * Candidates are gathered with the question's rarest terms, adding terms while the sentences
   * holding them stay within this many: common terms would touch much of the corpus and add
   * little, and they still count when the candidates are scored.
   */
  postingsBudget: 500,
  /** Candidates scored in full. */
  candidates: 100,
  /** A word-family match ("recognition" for "recognize") counts this much of an exact one. */
  familyWeight: 0.6,
  /** BM25 parameters. */
  k1: 0.6,
  b: 0.3,
  /** Weight of a question term found in the passage's article title. */
  titleWeight: 0.4,
  /**
   * Weight of the passage's best sentence: the share of the question's weight one sentence
   * holds. Answers sit in a sentence that repeats most of the question, not in a passage that
   * scatters its words.
   */
  sentenceWeight: 0.5,
  /** Weight of a pair of question terms that stand next to each other in a sentence (a phrase). */
  pairWeight: 0.5,
} as const;

/** What retrieval reads. */
export interface RetrievalSources {
  readonly index: PassageIndex;
  readonly stats: TermStats;
  readonly articles: ReadonlyMap<string, Article>;
}

const titleTerms = new WeakMap<Article, ReadonlySet<string>>();

/**
 * The passages that best answer `query`, best first. Two stages keep the cost bounded
 * whatever the corpus size: the question's rarest terms gather candidates from the MiniSearch
 * index; then every candidate is scored with BM25 over all the question's terms, word families
 * included, plus its article title.
 */
export function retrieve(sources: RetrievalSources, query: string, limit: number): PassageHit[] {
  const { stats } = sources;
  const wanted = [...new Set(terms(query))].filter((t) => stats.familyCount(t) > 0);
  if (wanted.length === 0) return [];
  const frequency = (t: string): number => stats.count(t) || stats.familyCount(t);
  const byRarity = [...wanted].sort((a, b) => frequency(a) - frequency(b));
  const gather: string[] = [];
  const families: string[] = [];
  let used = 0;
  for (const term of byRarity) {
    if (gather.length > 0 && used + frequency(term) > RETRIEVAL.postingsBudget) break;
    gather.push(term);
    used += frequency(term);
    if (stats.familyCount(term) <= RETRIEVAL.postingsBudget) families.push(term);
  }
  const candidates = sources.index.candidates(gather, families, RETRIEVAL.candidates);
  const compiled = compileQuery(terms(query), new Map(wanted.map((t) => [t, stats.idf(t)])));
  const scored = candidates.map(({ passage }) => ({
    passage,
    score:
      passageScore(passage, compiled, stats.averagePassageTerms) +
      titleScore(sources, passage, compiled.weights),
  }));
  scored.sort((a, b) => b.score - a.score || a.passage.order - b.passage.order);
  return scored.slice(0, limit);
}

/** A question prepared for scoring many passages. */
interface CompiledQuery {
  /** Each known term and its weight (inverse frequency). */
  readonly weights: ReadonlyMap<string, number>;
  /** The question's terms by word family. */
  readonly byFamily: ReadonlyMap<string, readonly string[]>;
  /** Consecutive question terms, as `a b`, in both orders. */
  readonly pairs: ReadonlyMap<string, number>;
}

function compileQuery(
  ordered: readonly string[],
  weights: ReadonlyMap<string, number>,
): CompiledQuery {
  const byFamily = new Map<string, string[]>();
  for (const term of weights.keys()) {
    const root = familyOf(term);
    byFamily.set(root, [...(byFamily.get(root) ?? []), term]);
  }
  const known = ordered.filter((t) => weights.has(t));
  const pairs = new Map<string, number>();
  for (let i = 1; i < known.length; i++) {
    const [a, b] = [known[i - 1]!, known[i]!];
    if (a === b) continue;
    const weight = ((weights.get(a) ?? 0) + (weights.get(b) ?? 0)) / 2;
    pairs.set(`${a} ${b}`, weight);
    pairs.set(`${b} ${a}`, weight);
  }
  return { weights, byFamily, pairs };
}

/**
 * BM25 over the passage (word families counting {@link RETRIEVAL.familyWeight} of an exact
 * match), plus its best sentence's share of the question and the question's word pairs it
 * holds as phrases: one pass over the passage's terms.
 */
function passageScore(passage: Passage, q: CompiledQuery, averageLength: number): number {
  const { k1, b, familyWeight } = RETRIEVAL;
  const exact = new Map<string, number>();
  const family = new Map<string, number>();
  const phrases = new Set<string>();
  let length = 0;
  let bestSentence = 0;
  for (const sentence of passage.sentenceTerms) {
    const seen = new Map<string, number>();
    let previous: string | null = null;
    for (const term of sentence) {
      length++;
      if (q.weights.has(term)) {
        exact.set(term, (exact.get(term) ?? 0) + 1);
        seen.set(term, 1);
        if (previous !== null) {
          const pair = `${previous} ${term}`;
          if (q.pairs.has(pair)) phrases.add(pair);
        }
        previous = term;
      } else {
        previous = null;
        for (const relative of q.byFamily.get(familyOf(term)) ?? []) {
          family.set(relative, (family.get(relative) ?? 0) + 1);
          if (!seen.has(relative)) seen.set(relative, familyWeight);
        }
      }
    }
    let sum = 0;
    for (const [term, share] of seen) sum += share * (q.weights.get(term) ?? 0);
    if (sum > bestSentence) bestSentence = sum;
  }
  const norm = k1 * (1 - b + (b * length) / averageLength);
  let score = 0;
  for (const [term, idf] of q.weights) {
    const tf = (exact.get(term) ?? 0) + familyWeight * (family.get(term) ?? 0);
    if (tf > 0) score += (idf * tf * (k1 + 1)) / (tf + norm);
  }
  let phraseWeight = 0;
  for (const pair of phrases) phraseWeight += q.pairs.get(pair) ?? 0;
  return score + RETRIEVAL.sentenceWeight * bestSentence + RETRIEVAL.pairWeight * phraseWeight;
}

function titleScore(
  sources: RetrievalSources,
  passage: Passage,
  weights: ReadonlyMap<string, number>,
): number {
  const article = sources.articles.get(passage.articleId);
  if (!article) return 0;
  let title = titleTerms.get(article);
  if (!title) {
    title = new Set(terms(article.title));
    titleTerms.set(article, title);
  }
  let score = 0;
  for (const [term, idf] of weights) if (title.has(term)) score += idf;
  return RETRIEVAL.titleWeight * score;
}
