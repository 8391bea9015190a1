import type { TermStats } from "../search/termStats.js";
import { familyOf } from "../text/tokens.js";
import type { AnalyzedQuestion } from "./question.js";

/** How strongly a question term counts as found. */
export const MATCH_WEIGHT = {
  /** The same stem in the sentence. */
  exact: 1,
  /** A stem of the same family in the sentence ("recognition" for "recognize"). */
  family: 0.8,
  /** Only in the sentence's paragraph or its article's title: context, not the statement. */
  context: 0.45,
} as const;

/** The terms of a text, with their families, for matching. */
export interface TermSet {
  readonly terms: ReadonlySet<string>;
  readonly families: ReadonlySet<string>;
}

/** Builds a {@link TermSet}. */
export function termSet(terms: Iterable<string>): TermSet {
  const set = new Set(terms);
  return { terms: set, families: new Set([...set].map(familyOf)) };
}

/** How well a sentence covers a question. */
export interface Coverage {
  /** Share of the question's weight found, 0..1. */
  readonly share: number;
  /** Share found in the sentence itself (not in its context). */
  readonly ownShare: number;
  /** A salient question term (a name, a number) found neither in the sentence nor its context. */
  readonly missesSalient: boolean;
}

/**
 * The weight of each question term: its inverse sentence frequency. A word the corpus never
 * uses weighs as much as the question's average known word: it may be a paraphrase ("threats"
 * for "terrorism"), yet it must count, or a question about something absent would look covered.
 */
export function questionWeights(question: AnalyzedQuestion, stats: TermStats): number[] {
  const known = question.terms
    .filter((t) => stats.familyCount(t.term) > 0)
    .map((t) => stats.idf(t.term));
  const average = known.length === 0 ? 1 : known.reduce((a, b) => a + b, 0) / known.length;
  return question.terms.map((t) => (stats.familyCount(t.term) > 0 ? stats.idf(t.term) : average));
}

/**
 * Sums the weights of the question terms the sentence matches: exactly, by word family, or
 * only in its context.
 */
export function coverage(
  question: AnalyzedQuestion,
  weights: readonly number[],
  sentence: TermSet,
  context: TermSet,
): Coverage {
  let total = 0;
  let found = 0;
  let own = 0;
  let missesSalient = false;
  question.terms.forEach(({ term, salient }, i) => {
    const weight = weights[i] ?? 0;
    total += weight;
    const family = familyOf(term);
    let match = 0;
    if (sentence.terms.has(term)) match = MATCH_WEIGHT.exact;
    else if (sentence.families.has(family)) match = MATCH_WEIGHT.family;
    own += weight * match;
    if (match === 0 && (context.terms.has(term) || context.families.has(family)))
      match = MATCH_WEIGHT.context;
    if (match === 0 && salient) missesSalient = true;
    found += weight * match;
  });
  return {
    share: total === 0 ? 0 : found / total,
    ownShare: total === 0 ? 0 : own / total,
    missesSalient,
  };
}
