import type { CandidateFeatures } from "./candidateFeatures.js";
import type { Candidate } from "./candidates.js";
import { CHOOSE_WEIGHTS } from "./chooseWeights.js";

/** Tuning of the choose stage. */
export const RANKING = {
  /** Passages retrieved from the index; their articles supply the candidates. */
  passages: 12,
} as const;

/** Feature weights: one per {@link CandidateFeatures} field. */
export type ChooseWeights = Readonly<Record<keyof CandidateFeatures, number>>;

/** A candidate with the chooser's score. */
export interface RankedCandidate extends Candidate {
  readonly score: number;
}

/** The chooser's score of one candidate: its features, weighed. */
export function chooseScore(
  features: CandidateFeatures,
  weights: ChooseWeights = CHOOSE_WEIGHTS,
): number {
  let score = 0;
  for (const key of Object.keys(weights) as (keyof CandidateFeatures)[])
    score += weights[key] * features[key];
  return score;
}

/**
 * Ranks candidate sentences best first by their weighed features (what they hold of the
 * question, whether they hold an answer of the asked kind, how well their article and passage
 * were retrieved), corpus order breaking ties.
 */
export function rankSentences(
  candidates: readonly Candidate[],
  weights: ChooseWeights = CHOOSE_WEIGHTS,
): RankedCandidate[] {
  return candidates
    .map((c) => ({ ...c, score: chooseScore(c.features, weights) }))
    .sort((a, b) => b.score - a.score || a.passage.order - b.passage.order);
}
