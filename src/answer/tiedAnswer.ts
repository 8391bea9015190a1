import type { RankedCandidate } from "./rankSentences.js";
import type { UnderstoodQuestion } from "./understandQuestion.js";
import type { StoryOf } from "./missingFact.js";
import {
  refusalsAt,
  refusals,
  VERIFY,
  verifyAnswer,
  type Checks,
  type Verdict,
  type VerifyLimits,
} from "./verifyAnswer.js";

/**
 * The coverage an answer tied to the question must still reach (`verifyAnswer`'s `VERIFY`
 * asks 0.55 and 0.45 of any other). Tuned on the tune half of the BBC dev questions: lower
 * (0.40 of the context) answered a near-miss there.
 */
export const TIED: VerifyLimits = { minContext: 0.45, minNear: 0.3 };

/**
 * Whether the best candidate, refused only for holding too little of the question's words,
 * is trusted all the same because it holds the answer the question asks for, tied to it: an
 * answer of the asked kind in the sentence itself, and the question's subject and its
 * predicate both in reach. People paraphrase ("shave off its wage bill" for "reduce wage
 * costs", "uni" for "University"), so a right sentence often holds half of their words; a
 * near-miss (asked on the same story, not answered by it) more often lacks the answer's kind
 * in the sentence, or the subject or the predicate. Every other check of `verifyAnswer` still
 * applies, at {@link TIED}'s lower coverage, the story-wide ones (`missingFact`) included (`bench/ask/wrongRefusals.ts` measures what the
 * coverage checks refuse). `ran`: the checks `verifyAnswer` already ran on `best` (its
 * verdict's `checks`), read again at the lower coverage rather than run twice.
 */
export function tiedAnswer(
  question: UnderstoodQuestion,
  best: RankedCandidate,
  storyOf: StoryOf,
  limits: VerifyLimits = TIED,
  ran?: Checks,
): boolean {
  const { typed, subject, predicate } = best.features;
  if (typed < 1 || subject === 0 || predicate === 0) return false;
  const refused =
    ran?.best === best
      ? refusalsAt(question, ran, limits)
      : refusals(question, best, limits, storyOf);
  return refused.length === 0;
}

/**
 * Whether `/ask` answers with `best`: no check refuses it, or it is tied to the question
 * ({@link tiedAnswer}). The one rule `ask` and the benches that replay the choice apply.
 * `verdict` is `verifyAnswer`'s for the same arguments, passed when the caller has it.
 */
export function acceptsAnswer(
  question: UnderstoodQuestion,
  best: RankedCandidate | undefined,
  storyOf: StoryOf,
  limits: VerifyLimits = VERIFY,
  verdict: Verdict = verifyAnswer(question, best, limits, storyOf),
): boolean {
  return (
    verdict.ok || (best !== undefined && tiedAnswer(question, best, storyOf, TIED, verdict.checks))
  );
}
