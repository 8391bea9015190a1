import type { StoryOf } from "./missingFact.js";
import type { RankedCandidate } from "./rankSentences.js";
import type { UnderstoodQuestion } from "./understandQuestion.js";
import { refusals, VERIFY, type Verdict, type VerifyLimits } from "./verifyAnswer.js";

/** Candidates below the top looked at for one holding the asked kind of answer. */
export const TYPED_FALLBACK_DEPTH = 5;

/**
 * When the top candidate was refused for holding no answer of the asked kind (a sentence that
 * restates the question's words without its number, name or date, as a lead often does), the
 * ranked candidates with the first of the next few that holds more answers of that kind than
 * the top and passes every check moved to the front; otherwise null. Only a "typed" refusal
 * opens this: a top refused for coverage, a substituted name or an unmet constraint says the
 * corpus may not answer, and answering lower there costs out-of-corpus abstentions (measured
 * in `bench/ask/fallbackLab.ts`).
 */
export function typedFallback(
  question: UnderstoodQuestion,
  ranked: readonly RankedCandidate[],
  storyOf: StoryOf,
  verdict: Verdict,
  limits: VerifyLimits = VERIFY,
): RankedCandidate[] | null {
  const top = ranked[0];
  if (!top || verdict.ok || !verdict.checks?.before.includes("typed")) return null;
  const depth = Math.min(TYPED_FALLBACK_DEPTH, ranked.length);
  for (let i = 1; i < depth; i++) {
    const candidate = ranked[i]!;
    if (candidate.features.typed <= top.features.typed) continue;
    if (refusals(question, candidate, limits, storyOf).length > 0) continue;
    return [candidate, ...ranked.filter((_, j) => j !== i)];
  }
  return null;
}
