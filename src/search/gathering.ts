import type { TermStats } from "./termStats.js";

/** Two question terms that stand together in the question, and where the corpus has them so. */
export interface Phrase {
  /** The terms, in the question's order ("bank", "england" for "Bank of England"). */
  readonly words: readonly [string, string];
  /**
   * Ids of the passages with a sentence holding the first term right before the second, with
   * the index's score for the pair.
   */
  readonly passages: ReadonlyMap<string, number>;
  /** How many sentences hold them so: the phrase's frequency. */
  readonly sentences: number;
}

/** What gathers a question's candidate passages. */
export interface Gathering {
  /** Terms whose passages are gathered. */
  readonly terms: readonly string[];
  /** Of those, terms the corpus only has relatives of: their word families gather too. */
  readonly families: readonly string[];
  /** Phrases whose passages are gathered (those where their words stand together). */
  readonly phrases: readonly Phrase[];
}

/** The limits gathering keeps to (see `RETRIEVAL` in `retrieve.ts`). */
export interface GatherLimits {
  /** Sentences the gathered terms and phrases may hold together. */
  readonly postingsBudget: number;
  /** Above this many sentences a term never gathers, nor does a phrase holding it. */
  readonly cap: number;
  /**
   * Below this many sentences a term gathers well alone: a phrase of it would single out
   * little more, and is not looked up.
   */
  readonly phraseFloor: number;
  /** Phrases looked up at most. */
  readonly phrases: number;
}

/** A question's terms, as retrieval has worked them out before it plans gathering. */
export interface QuestionTerms {
  /** In the question's order, repeats kept: two that stand together may form a phrase. */
  readonly terms: readonly string[];
  /** The distinct terms the corpus has (itself or its word family). */
  readonly wanted: readonly string[];
}

/**
 * Chooses what gathers candidates: the question's rarest terms, adding terms while the
 * sentences holding them stay within the budget; and the phrases of a name whose words are
 * all common ("Bank of England", "Manchester United"), counted by the sentences where the
 * corpus has its words together: a name made of common words is rare as a phrase though each
 * of its words is common, so "england" alone would never gather the Bank of England's stories,
 * and its phrase does.
 */
export function planGathering(
  question: QuestionTerms,
  stats: TermStats,
  limits: GatherLimits,
  phraseOf: (a: string, b: string) => Phrase,
): Gathering {
  const { terms: queryTerms, wanted } = question;
  const frequency = (t: string): number => stats.count(t) || stats.familyCount(t);
  // Phrases are looked up even when the question has a rarer term: that term may be a word
  // the name's stories do not use ("who chairs the all england club": "chairs" gathered 44
  // sentences, none of them the club chairman's, while "england club" finds him).
  const pairs: (readonly [string, string])[] = [];
  for (let i = 1; i < queryTerms.length; i++) {
    const [a, b] = [queryTerms[i - 1]!, queryTerms[i]!];
    if (a === b || pairs.some(([x, y]) => x === a && y === b)) continue;
    const counts = [stats.count(a), stats.count(b)];
    if (counts.some((n) => n < limits.phraseFloor || n > limits.cap)) continue;
    // Only a name's words are looked up together ("Bank of England", "Manchester United"): a
    // phrase of common words ("chief executive", "put up") gathers as broadly as its words.
    if (stats.nameLike(a) || stats.nameLike(b)) pairs.push([a, b]);
  }
  // The rarest pairs first, a few at most: each costs reading both terms' postings.
  const pairRarity = ([a, b]: readonly [string, string]): number =>
    Math.min(stats.count(a), stats.count(b));
  const chosen = pairs.sort((x, y) => pairRarity(x) - pairRarity(y)).slice(0, limits.phrases);
  // Phrases take no term's place: letting them take the budget first lost as many dev answers
  // as it won. So the terms are chosen first, rarest first, while they fit the budget.
  const terms: string[] = [];
  const families: string[] = [];
  let used = 0;
  for (const term of [...wanted].sort((x, y) => frequency(x) - frequency(y))) {
    const n = frequency(term);
    if (n > limits.cap) break;
    if (terms.length > 0 && used + n > limits.postingsBudget) break;
    terms.push(term);
    // A term the corpus only has relatives of ("recognition" for "recognize") gathers them; a
    // term it has gathers itself alone: its relatives still count when candidates are scored,
    // and fetching them too doubled the index's work for no better candidates (SQuAD tune half).
    if (stats.count(term) === 0) families.push(term);
    used += n;
  }
  // Phrases add their passages to what the terms gather, each within the budget. A phrase of
  // a term already gathered would add nothing, so it is not looked up at all (a lookup reads
  // both terms' postings). Rarest phrase first.
  const phrases = chosen
    .filter(([a, b]) => !terms.includes(a) && !terms.includes(b))
    .map(([a, b]) => phraseOf(a, b))
    .filter((p) => p.sentences > 0 && p.sentences <= limits.postingsBudget)
    .sort((x, y) => x.sentences - y.sentences);
  return { terms, families, phrases };
}
