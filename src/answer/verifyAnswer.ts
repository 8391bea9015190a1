import { answerPresent } from "./answerPresent.js";
import { missingFact, type MissingFact, type StoryOf } from "./missingFact.js";
import { substitutedName } from "./substitutedName.js";
import { wordList as list } from "./wordList.js";
import { unmetConstraint, type Unmet } from "./unmetConstraint.js";
import type { RankedCandidate } from "./rankSentences.js";
import type { UnderstoodQuestion } from "./understandQuestion.js";
import { KIND_NOUN, whatIsMissing } from "./whatIsMissing.js";

/** When the chosen sentence is trusted to answer. */
export const VERIFY = {
  /** Share of the question the sentence, its neighbours and its context must hold. */
  minContext: 0.55,
  /** Share the sentence and its neighbours must hold themselves. */
  minNear: 0.45,
} as const;

/** The thresholds {@link verifyAnswer} applies. */
export type VerifyLimits = { readonly [K in keyof typeof VERIFY]: number };

/** The verdict on the best candidate. */
export type Verdict =
  | { readonly ok: true }
  | {
      readonly ok: false;
      /** What the articles lack, to tell the reader; null when nothing came close. */
      readonly missing: string | null;
      /**
       * What the checks found on the candidate, when they ran, so that a second look at it
       * under other limits (`tiedAnswer`) reuses them ({@link refusalsAt}).
       */
      readonly checks?: Checks;
    };

/** A check that can refuse the best candidate (see {@link refusals}). */
export type Refusal =
  | "salient"
  | "typed"
  | "context"
  | "near"
  | "name"
  | "number"
  | "substituted"
  | Unmet["check"]
  | MissingFact["check"]
  | "foretold";

/**
 * The checks that refuse the best candidate, in the order {@link verifyAnswer} applies them:
 * a salient question term nowhere around it, no answer of the asked kind in it or a
 * neighbour, too little of the question in its context or near it, a name the corpus knows
 * missing from its article, a number of the question missing beside it, another name standing
 * where the question's stands (`substitutedName`), a constraint of the question the answer's
 * clause leaves unmet (`unmetConstraint`), a fact its story lacks (`missingFact`: the noun
 * asked by name, a price, a role no one holds), an outcome asked and only foretold. Measured
 * one by one in `bench/ask/abstainChecks.ts`. `storyOf` gives a candidate's whole article,
 * which `missingFact` reads (required: a caller that left it out would silently skip
 * the story-wide checks).
 */
export function refusals(
  question: UnderstoodQuestion,
  best: RankedCandidate,
  limits: VerifyLimits,
  storyOf: StoryOf,
): Refusal[] {
  return refusalsAt(question, checks(question, best, storyOf), limits);
}

/**
 * What the checks of {@link refusals} found on one candidate, all but the coverage ones, which
 * alone depend on the limits: worked out once, then read under each limits by
 * {@link refusalsAt}.
 */
export interface Checks {
  readonly best: RankedCandidate;
  /** Refusals ahead of the coverage ones (salient, typed). */
  readonly before: readonly Refusal[];
  /** Refusals after them (name, number, substituted, unmet, the story's). */
  readonly after: readonly Refusal[];
  readonly substitution: ReturnType<typeof substitutedName>;
  readonly unmet: Unmet | null;
  readonly fact: MissingFact | null;
  /**
   * Whether the outcome asked is only foretold (`answerPresent`), worked out the first time
   * every other check passes: the costliest check, run only when it decides.
   */
  foretold?: boolean;
}

/** Runs every check of {@link refusals} that does not depend on the limits. */
function checks(question: UnderstoodQuestion, best: RankedCandidate, storyOf: StoryOf): Checks {
  const found = (i: number): boolean => (best.found[i] ?? 0) > 0;
  const before: Refusal[] = [];
  if (best.missesSalient) before.push("salient");
  if (KIND_NOUN[question.kind] !== undefined && best.features.typed === 0) before.push("typed");
  const after: Refusal[] = [];
  // A name the corpus knows that the chosen article never uses: a story about something else
  // (DoubleClick's profits asked, Ford's found).
  if (question.terms.some((t, i) => t.name && !((best.inArticle[i] ?? 0) > 0))) after.push("name");
  // A number the question gives ("in 2005") must be stated beside the answer, not just
  // somewhere in its paragraph: the 2004 final's winner is no answer for 2005.
  if (question.terms.some((t, i) => /^\p{N}+$/u.test(t.term) && !found(i))) after.push("number");
  const substitution = substitutedName(question, best);
  if (substitution) after.push("substituted");
  const unmet = unmetConstraint(question, best);
  if (unmet) after.push(unmet.check);
  const fact = missingFact(question, best, storyOf);
  if (fact) after.push(fact.check);
  return { best, before, after, substitution, unmet, fact };
}

/** The refusals of {@link refusals} under `limits`, from the checks already run on the candidate. */
export function refusalsAt(
  question: UnderstoodQuestion,
  ran: Checks,
  limits: VerifyLimits,
): Refusal[] {
  const { best } = ran;
  const out: Refusal[] = [...ran.before];
  if (best.floors.context < limits.minContext) out.push("context");
  if (best.floors.near < limits.minNear) out.push("near");
  out.push(...ran.after);
  if (out.length === 0) {
    ran.foretold ??= !answerPresent(question, best).present;
    if (ran.foretold) out.push("foretold");
  }
  return out;
}

/**
 * Trusts the best candidate only when no check refuses it ({@link refusals}). Otherwise says
 * what is missing when the subject is covered but the fact is not ("The articles mention X,
 * but not Y"; "…, but only as planned, expected or undecided, not the outcome").
 */
export function verifyAnswer(
  question: UnderstoodQuestion,
  best: RankedCandidate | undefined,
  limits: VerifyLimits,
  storyOf: StoryOf,
): Verdict {
  // A name in the question that the corpus never uses (see `understandQuestion`).
  const never =
    question.unknown.length === 0
      ? null
      : `The articles never mention ${list(question.unknown.map((t) => t.surface))}.`;
  if (!best || question.terms.length === 0) return { ok: false, missing: never };
  const ran = checks(question, best, storyOf);
  const refused = refusalsAt(question, ran, limits);
  if (refused.length === 0) return { ok: true };
  return { ok: false, missing: whatIsMissing(question, best, ran, refused, never), checks: ran };
}
