import { titleTerms } from "../corpus/titleTerms.js";
import type { Article, Passage } from "../corpus/types.js";
import { TermLookup } from "../text/termLookup.js";
import { terms } from "../text/tokens.js";
import { planGathering } from "./gathering.js";
import type { PassageHit, PassageIndex } from "./passageIndex.js";
import type { TermStats } from "./termStats.js";

/** Tuning of retrieval (tuned on the first half of SQuAD only; see `npm run bench`). */
export const RETRIEVAL = {
  /**
   * Candidates are gathered with the question's rarest terms, adding terms while the sentences
   * holding them stay within this many: common terms would touch much of the corpus and add
   * little, and they still count when the candidates are scored.
   */
  postingsBudget: 300,
  /**
   * A term in more than this share of the corpus's sentences never gathers candidates, even as
   * the rarest of its question: it is too general to single passages out, and reading its
   * postings costs in proportion to the corpus. A question with nothing rarer is answered as
   * one the articles do not answer. At BBC×10 this keeps /ask p99 near 6 ms instead of 10 ms;
   * of 1,000 questions drawn from the corpus's own sentences, 18 then find nothing (2 without
   * the cap).
   */
  gatherShare: 0.02,
  /**
   * Below this many sentences a term always may gather: reading that many postings costs about
   * a millisecond, and in a small corpus the topic's own words are this common.
   */
  gatherFloor: 3000,
  /**
   * A pair of question terms standing together ("Bank of England") is looked up as a phrase to
   * gather by when each of its terms, and every term of the question, is in at least this share
   * of the corpus's sentences (about 100 sentences of BBC News): a rarer term gathers well alone.
   */
  phraseShare: 0.0025,
  /** Phrases looked up at most per question. */
  phraseLookups: 3,
  /** Candidates scored in full. */
  candidates: 100,
  /** A word-family match ("recognition" for "recognize") counts this much of an exact one. */
  familyWeight: 0.6,
  /**
   * A related word's match (a synonym or derived word from WordNet, "chairman" for "boss")
   * counts this much of an exact one.
   */
  relatedWeight: 0.5,
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
  /**
   * Weight of a question term the passage lacks but another passage of its paragraph holds: a
   * long paragraph is cut into passages, and its point may sit in the one before.
   */
  contextWeight: 0.4,
  /**
   * Leading candidates whose paragraph context is read, whatever the number asked for (12 to
   * 100 leaders score the same on the SQuAD tune half).
   */
  contextLeaders: 20,
} as const;

/** What retrieval reads. */
export interface RetrievalSources {
  readonly index: PassageIndex;
  readonly stats: TermStats;
  readonly articles: ReadonlyMap<string, Article>;
  /** The passages of an article's paragraph, in order. */
  readonly paragraphPassages: (articleId: string, paragraph: number) => readonly Passage[];
}

/**
 * The passages that best answer `query`, best first. Two stages keep the cost bounded
 * whatever the corpus size: the question's rarest terms and phrases gather candidates from the
 * MiniSearch index ({@link planGathering}); then every candidate is scored with BM25 over all the question's terms, word families
 * included, plus its article title and the rest of its paragraph.
 */
export function retrieve(
  sources: RetrievalSources,
  query: string,
  limit: number,
  related: ReadonlyMap<string, readonly string[]> = new Map(),
): PassageHit[] {
  const { stats } = sources;
  const queryTerms = terms(query);
  const wanted = [...new Set(queryTerms)].filter((t) => stats.familyCount(t) > 0);
  if (wanted.length === 0) return [];
  const gathering = planGathering(
    queryTerms,
    stats,
    {
      postingsBudget: RETRIEVAL.postingsBudget,
      cap: Math.max(RETRIEVAL.gatherFloor, RETRIEVAL.gatherShare * stats.sentences),
      phraseFloor: RETRIEVAL.phraseShare * stats.sentences,
      phrases: RETRIEVAL.phraseLookups,
    },
    (a, b) => sources.index.phrase(a, b),
  );
  if (gathering.terms.length === 0 && gathering.phrases.length === 0) return [];
  // A copy of a passage already gathered (same text, same article title) takes no place in the
  // pool: copies would crowd out the passage that answers.
  const candidates = sources.index.candidates(
    gathering.terms,
    gathering.families,
    RETRIEVAL.candidates,
    (passage) => sources.articles.get(passage.articleId)?.title ?? passage.articleId,
    gathering.phrases,
  );
  const compiled = new CompiledQuery(
    queryTerms,
    new Map(wanted.map((t) => [t, stats.idf(t)])),
    related,
  );
  // A title is matched against every question term, including one only titles hold (which the
  // sentence statistics count as rarest of all).
  const titleWeights = new Map([...new Set(queryTerms)].map((t) => [t, stats.idf(t)]));
  const scored = candidates.map((passage) => ({
    passage,
    score:
      passageScore(passage, compiled, stats.averagePassageTerms) +
      titleScore(sources, passage, titleWeights),
  }));
  const order = (a: PassageHit, b: PassageHit): number =>
    b.score - a.score || a.passage.order - b.passage.order;
  scored.sort(order);
  // The paragraph's other passages are read for the leaders only: the evidence they add is
  // small, enough to reorder close leaders, never to lift a passage from far behind. It only
  // adds, so the leaders stay ahead of the rest, and a longer list starts with the same
  // passages as a shorter one.
  const leaders = scored.slice(0, RETRIEVAL.contextLeaders);
  for (const hit of leaders) hit.score += contextScore(sources, hit.passage, compiled);
  leaders.sort(order);
  return limit <= leaders.length
    ? leaders.slice(0, limit)
    : [...leaders, ...scored.slice(leaders.length, limit)];
}

/**
 * A question prepared for scoring many passages: its known terms numbered, so that scoring a
 * passage fills a few reused arrays instead of building maps and strings per passage.
 */
class CompiledQuery {
  /** The known terms, in the question's order of first use. */
  readonly terms: readonly string[];
  /** Each term's weight (inverse frequency), by number. */
  readonly weights: Float64Array;
  readonly #lookup: TermLookup;
  /** Question term numbers by a term related to them (not itself a question term). */
  readonly #related = new Map<string, number[]>();
  /** Weight of the phrase `a b` (either order) at `a * n + b`, 0 when not a question pair. */
  readonly #pairs: Float64Array;
  // Scratch space for one passage at a time.
  readonly exact: Float64Array;
  readonly family: Float64Array;
  readonly seen: Float64Array;
  readonly phrases: Uint8Array;
  readonly marks: Uint8Array;

  constructor(
    ordered: readonly string[],
    weights: ReadonlyMap<string, number>,
    related: ReadonlyMap<string, readonly string[]>,
  ) {
    this.terms = [...weights.keys()];
    const n = this.terms.length;
    this.weights = Float64Array.from(this.terms, (t) => weights.get(t) ?? 0);
    this.#lookup = new TermLookup(this.terms);
    this.terms.forEach((term, i) => {
      for (const other of related.get(term) ?? []) {
        if (this.#lookup.relativesOf(other) !== undefined) continue;
        const numbers = this.#related.get(other) ?? [];
        numbers.push(i);
        this.#related.set(other, numbers);
      }
    });
    this.#pairs = new Float64Array(n * n);
    const known = ordered.map((t) => this.#lookup.numberOf(t)).filter((i) => i >= 0);
    for (let i = 1; i < known.length; i++) {
      const [a, b] = [known[i - 1]!, known[i]!];
      if (a === b) continue;
      const weight = (this.weights[a]! + this.weights[b]!) / 2;
      this.#pairs[a * n + b] = weight;
      this.#pairs[b * n + a] = weight;
    }
    this.exact = new Float64Array(n);
    this.family = new Float64Array(n);
    this.seen = new Float64Array(n);
    this.phrases = new Uint8Array(n * n);
    this.marks = new Uint8Array(n);
  }

  get size(): number {
    return this.terms.length;
  }

  /** The number of a question term, or -1. */
  numberOf(term: string): number {
    return this.#lookup.numberOf(term);
  }

  /** The numbers of the question terms in `term`'s word family. */
  relativesOf(term: string): readonly number[] | undefined {
    return this.#lookup.relativesOf(term);
  }

  /** The numbers of the question terms `term` is related to (other than by word family). */
  relatedTo(term: string): readonly number[] | undefined {
    return this.#related.get(term);
  }

  /** Weight of the pair of question terms `a` then `b`, 0 when they do not form one. */
  pairWeight(a: number, b: number): number {
    return this.#pairs[a * this.size + b]!;
  }
}

/**
 * BM25 over the passage (word families counting {@link RETRIEVAL.familyWeight} of an exact
 * match, related words {@link RETRIEVAL.relatedWeight}), plus its best sentence's share of the question and the question's word pairs it
 * holds as phrases: one pass over the passage's terms.
 */
function passageScore(passage: Passage, q: CompiledQuery, averageLength: number): number {
  const { k1, b, familyWeight, relatedWeight } = RETRIEVAL;
  const { exact, family, seen, phrases, weights } = q;
  const n = q.size;
  exact.fill(0);
  family.fill(0);
  phrases.fill(0);
  let length = 0;
  let bestSentence = 0;
  let phraseWeight = 0;
  for (const sentence of passage.sentenceTerms) {
    seen.fill(0);
    let previous = -1;
    for (const term of sentence) {
      length++;
      const number = q.numberOf(term);
      if (number >= 0) {
        exact[number]!++;
        seen[number] = 1;
        if (previous >= 0 && phrases[previous * n + number] === 0) {
          const weight = q.pairWeight(previous, number);
          if (weight > 0) {
            phrases[previous * n + number] = 1;
            phraseWeight += weight;
          }
        }
        previous = number;
      } else {
        previous = -1;
        const relatives = q.relativesOf(term);
        const weight = relatives === undefined ? relatedWeight : familyWeight;
        for (const relative of relatives ?? q.relatedTo(term) ?? []) {
          family[relative]! += weight;
          if (seen[relative]! < weight) seen[relative] = weight;
        }
      }
    }
    let sum = 0;
    for (let i = 0; i < n; i++) sum += seen[i]! * weights[i]!;
    if (sum > bestSentence) bestSentence = sum;
  }
  const norm = k1 * (1 - b + (b * length) / averageLength);
  let score = 0;
  for (let i = 0; i < n; i++) {
    const tf = exact[i]! + family[i]!;
    if (tf > 0) score += (weights[i]! * tf * (k1 + 1)) / (tf + norm);
  }
  return score + RETRIEVAL.sentenceWeight * bestSentence + RETRIEVAL.pairWeight * phraseWeight;
}

/**
 * Question terms the passage does not hold exactly (it may hold a relative) but another
 * passage of its paragraph does.
 */
function contextScore(sources: RetrievalSources, passage: Passage, q: CompiledQuery): number {
  const siblings = sources.paragraphPassages(passage.articleId, passage.paragraph);
  if (siblings.length < 2) return 0;
  // Per question term: 2 found in the passage, 1 only in another passage of its paragraph.
  const found = q.marks;
  found.fill(0);
  for (const sibling of siblings) {
    const mark = sibling === passage ? 2 : 1;
    for (const sentence of sibling.sentenceTerms)
      for (const term of sentence) {
        const number = q.numberOf(term);
        if (number >= 0 && found[number]! < mark) found[number] = mark;
      }
  }
  let score = 0;
  for (let i = 0; i < q.size; i++) if (found[i] === 1) score += q.weights[i]!;
  return RETRIEVAL.contextWeight * score;
}

function titleScore(
  sources: RetrievalSources,
  passage: Passage,
  weights: ReadonlyMap<string, number>,
): number {
  const article = sources.articles.get(passage.articleId);
  if (!article) return 0;
  let score = 0;
  // Title terms are distinct, so each question term counts once.
  for (const term of titleTerms(article)) score += weights.get(term) ?? 0;
  return RETRIEVAL.titleWeight * score;
}
