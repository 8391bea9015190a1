import { answerPresent } from "./answerPresent.js";
import type { RankedCandidate } from "./rankSentences.js";
import type { QuestionKind, UnderstoodQuestion } from "./understandQuestion.js";

/** When the chosen sentence is trusted to answer. */
export const VERIFY = {
  /** Share of the question the sentence, its neighbours and its context must hold. */
  minContext: 0.55,
  /** Share the sentence and its neighbours must hold themselves. */
  minNear: 0.45,
} as const;

/** The thresholds {@link verifyAnswer} applies. */
export type VerifyLimits = { readonly [K in keyof typeof VERIFY]: number };

/** What an answer of each kind is called in "…, but not the date". */
const KIND_NOUN: Readonly<Partial<Record<QuestionKind, string>>> = {
  who: "the name asked for",
  which: "the name asked for",
  when: "the date asked for",
  where: "the place asked for",
  why: "the reason asked for",
  "how-many": "the number asked for",
  "how-much": "the amount asked for",
};

/** The verdict on the best candidate. */
export type Verdict =
  | { readonly ok: true }
  | {
      readonly ok: false;
      /** What the articles lack, to tell the reader; null when nothing came close. */
      readonly missing: string | null;
    };

/**
 * Trusts the best candidate only when an answer of the asked kind is there (in it or a
 * neighbour), tied to the question: no name or number of the question missing (nor, in its
 * article, a word the corpus writes as a name), enough of its words around, and the answer's
 * clause stating what the question asks as done rather than foretelling it (`answerPresent`).
 * Otherwise says what is missing when the subject is covered but the fact is not ("The
 * articles mention X, but not Y"; "…, but only as planned, expected or undecided, not the
 * outcome").
 */
export function verifyAnswer(
  question: UnderstoodQuestion,
  best: RankedCandidate | undefined,
  limits: VerifyLimits = VERIFY,
): Verdict {
  // A name in the question that the corpus never uses (see `understandQuestion`).
  const never =
    question.unknown.length === 0
      ? null
      : `The articles never mention ${list(question.unknown.map((t) => t.surface))}.`;
  if (!best || question.terms.length === 0) return { ok: false, missing: never };
  const found = (i: number): boolean => (best.found[i] ?? 0) > 0;
  const missingTerms = question.terms.filter((_, i) => !found(i));
  const noun = KIND_NOUN[question.kind];
  const typedMissing = noun !== undefined && best.features.typed === 0;
  const weak = best.features.context < limits.minContext || best.features.near < limits.minNear;
  // A name the corpus knows that the chosen article never uses: a story about something else
  // (DoubleClick's profits asked, Ford's found).
  const lostName = question.terms.some((t, i) => t.name && !((best.inArticle[i] ?? 0) > 0));
  // A number the question gives ("in 2005") must be stated beside the answer, not just
  // somewhere in its paragraph: the 2004 final's winner is no answer for 2005.
  const lostNumber = question.terms.some((t, i) => /^\p{N}+$/u.test(t.term) && !found(i));
  const passes = !best.missesSalient && !typedMissing && !weak && !lostName && !lostNumber;
  const presence = passes ? answerPresent(question, best) : { present: true as const };
  if (passes && presence.present) return { ok: true };
  const covered = question.subject.filter(
    (t) => question.terms.indexOf(t) >= 0 && found(question.terms.indexOf(t)),
  );
  if (covered.length === 0) return { ok: false, missing: never };
  const mentioned = list(
    covered.map((t) => t.surface),
    "and",
  );
  if (!presence.present)
    return {
      ok: false,
      missing: `The articles mention ${mentioned}, but only as planned, expected or undecided, not the outcome.`,
    };
  const lacks = [...missingTerms.map((t) => t.surface), ...(typedMissing ? [noun] : [])];
  return {
    ok: false,
    missing: `The articles mention ${mentioned}, but not ${list(lacks.length > 0 ? lacks : ["this"])}.`,
  };
}

const list = (words: readonly string[], conjunction = "or"): string =>
  words.length <= 1
    ? (words[0] ?? "")
    : `${words.slice(0, -1).join(", ")} ${conjunction} ${words.at(-1)!}`;
