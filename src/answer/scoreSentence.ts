import type { TermStats } from "../search/termStats.js";
import { TermLookup } from "../text/termLookup.js";
import type { UnderstoodQuestion as AnalyzedQuestion } from "./understandQuestion.js";

/** How strongly a question term counts as found. */
export const MATCH_WEIGHT = {
  /** The same stem in the sentence. */
  exact: 1,
  /** A stem of the same family in the sentence ("recognition" for "recognize"). */
  family: 0.8,
  /**
   * A word WordNet relates to it ("forecast" for "predict"): the same idea, less surely. At
   * 0.5–0.7 it gained one more dev answer a half, but WordNet's looser senses ("further" for
   * "encourage") then reordered the seeds' answers and one went wrong.
   */
  synonym: 0.3,
  /** Only in the sentence's paragraph or its article's title: context, not the statement. */
  context: 0.45,
  /**
   * A WordNet relative when the coverage floors of `verifyAnswer` are measured ("bookmakers"
   * for "bookies"): whether the question is covered at all, where the same idea told in other
   * words counts in full. Ranking keeps {@link synonym}, so a looser sense cannot reorder answers.
   */
  kinAtFloor: 1,
} as const;

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
 * A question compiled for matching many sentences: each of its terms is looked up once per
 * sentence term, with no sets built per sentence.
 */
/** Keeps in `into` the better match of each question term (both match arrays of one question). */
export function mergeMatches(into: Float64Array, from: Float64Array): void {
  for (let t = 0; t < into.length; t++) if (from[t]! > into[t]!) into[t] = from[t]!;
}

export class QuestionMatcher {
  readonly #question: AnalyzedQuestion;
  readonly #weights: readonly number[];
  readonly #total: number;
  readonly #lookup: TermLookup;
  /** Question term numbers by the terms related to them (see `relatedTerms`). */
  readonly #related = new Map<string, number[]>();

  constructor(
    question: AnalyzedQuestion,
    weights: readonly number[],
    related: readonly (readonly string[])[] = [],
  ) {
    this.#question = question;
    this.#weights = weights;
    this.#total = weights.reduce((a, b) => a + b, 0);
    this.#lookup = new TermLookup(question.terms.map((t) => t.term));
    related.forEach((terms, i) => {
      for (const term of terms) this.#related.set(term, [...(this.#related.get(term) ?? []), i]);
    });
  }

  /** Number of question terms: the length of a match array. */
  get size(): number {
    return this.#question.terms.length;
  }

  /**
   * Records in `into`, per question term, the best match among `terms`: {@link MATCH_WEIGHT}
   * exact for the same stem, family for a stem of its word family; it keeps what `into` held
   * when that was better.
   */
  match(terms: readonly string[], into: Float64Array): void {
    for (const term of terms) {
      const exact = this.#lookup.numberOf(term);
      if (exact >= 0) into[exact] = MATCH_WEIGHT.exact;
      for (const i of this.#related.get(term) ?? [])
        if (into[i]! < MATCH_WEIGHT.synonym) into[i] = MATCH_WEIGHT.synonym;
      const relatives = this.#lookup.relativesOf(term);
      if (relatives === undefined) continue;
      for (const i of relatives) if (into[i]! < MATCH_WEIGHT.family) into[i] = MATCH_WEIGHT.family;
    }
  }

  /**
   * Whether a sentence term matches one of the question terms numbered in `among`: the same
   * stem, one of its family, or a related term, as {@link match} counts them.
   */
  matchesAny(term: string, among: ReadonlySet<number>): boolean {
    if (among.has(this.#lookup.numberOf(term))) return true;
    if (this.#related.get(term)?.some((i) => among.has(i))) return true;
    return this.#lookup.relativesOf(term)?.some((i) => among.has(i)) ?? false;
  }

  /**
   * Sums the weights of the question terms the sentence matches (`own`, from {@link match}),
   * counting a term found only in its context (`context`, likewise) at the context weight,
   * and a related term at `kin` (the ranking's synonym weight unless told otherwise).
   */
  coverage(own: Float64Array, context: Float64Array, kin: number = MATCH_WEIGHT.synonym): Coverage {
    let found = 0;
    let ownFound = 0;
    let missesSalient = false;
    const { terms } = this.#question;
    for (let i = 0; i < terms.length; i++) {
      const weight = this.#weights[i] ?? 0;
      let match = own[i] ?? 0;
      if (match === MATCH_WEIGHT.synonym) match = kin;
      ownFound += weight * match;
      if (match === 0 && (context[i] ?? 0) > 0) match = MATCH_WEIGHT.context;
      if (match === 0 && terms[i]!.salient) missesSalient = true;
      found += weight * match;
    }
    const total = this.#total;
    return {
      share: total === 0 ? 0 : found / total,
      ownShare: total === 0 ? 0 : ownFound / total,
      missesSalient,
    };
  }
}
