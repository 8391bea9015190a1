import { titleTerms } from "../corpus/titleTerms.js";
import type { Article, Passage } from "../corpus/types.js";
import { terms } from "../text/tokens.js";
import { planGathering, type Gathering, type QuestionTerms } from "./gathering.js";
import { CompiledQuery, passageScore } from "./passageScore.js";
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
   * gather by when each of its terms is in at least this share of the corpus's sentences (about
   * 100 sentences of BBC News): a rarer term gathers well alone. A rarer other term of the
   * question no longer stops it (dev check half +1 right, SQuAD held-out unchanged).
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
  const gathering = gatheringFor(sources, { terms: queryTerms, wanted });
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
      passageScore(passage, compiled, stats.averagePassageTerms, RETRIEVAL) +
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

/** What gathers the candidates of a question's terms, within {@link RETRIEVAL}'s limits. */
export function gatheringFor(
  sources: Pick<RetrievalSources, "index" | "stats">,
  question: QuestionTerms,
): Gathering {
  const { stats } = sources;
  return planGathering(
    question,
    stats,
    {
      postingsBudget: RETRIEVAL.postingsBudget,
      cap: Math.max(RETRIEVAL.gatherFloor, RETRIEVAL.gatherShare * stats.sentences),
      phraseFloor: RETRIEVAL.phraseShare * stats.sentences,
      phrases: RETRIEVAL.phraseLookups,
    },
    (a, b) => sources.index.phrase(a, b),
  );
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
