import { missingFactMessage } from "./missingFactMessage.js";
import type { RankedCandidate } from "./rankSentences.js";
import type { QuestionKind, UnderstoodQuestion } from "./understandQuestion.js";
import type { Checks, Refusal } from "./verifyAnswer.js";
import { wordList as list } from "./wordList.js";

/** What an answer of each kind is called in "…, but not the date". */
export const KIND_NOUN: Readonly<Partial<Record<QuestionKind, string>>> = {
  who: "the name asked for",
  which: "the name asked for",
  when: "the date asked for",
  where: "the place asked for",
  why: "the reason asked for",
  "how-many": "the number asked for",
  "how-much": "the amount asked for",
};

/**
 * What the articles lack, for a candidate the checks refused: the substituted name, the unmet
 * constraint or the story's missing fact when a check found one, else the question's words
 * and the answer's kind the candidate lacks; `never` (or null) when it covers none of the
 * question's subject.
 */
export function whatIsMissing(
  question: UnderstoodQuestion,
  best: RankedCandidate,
  ran: Checks,
  refused: readonly Refusal[],
  never: string | null,
): string | null {
  const { substitution, unmet, fact } = ran;
  const found = (i: number): boolean => (best.found[i] ?? 0) > 0;
  const missingTerms = question.terms.filter((_, i) => !found(i));
  const noun = KIND_NOUN[question.kind];
  const typedMissing = refused.includes("typed");
  const covered = question.subject.filter(
    (t) => question.terms.indexOf(t) >= 0 && found(question.terms.indexOf(t)),
  );
  // A fact the story lacks is told from the story's own words, even when the subject is what
  // lacks ("the US" asked of a story about another country's economy).
  if (covered.length === 0)
    return never ?? (fact ? missingFactMessage(question, best, fact) : null);
  const mentioned = list(
    covered.map((t) => t.surface),
    "and",
  );
  // "…, but no Airbus planes": the sentence's own name says what the articles have instead.
  if (substitution) {
    // The word the name qualifies is said once, in what the articles have instead.
    const others = covered.filter(
      (t) => t.surface.toLowerCase() !== substitution.head.toLowerCase(),
    );
    const has = [...others.map((t) => t.surface), substitution.instead];
    return `The articles mention ${list(has, "and")}, but no ${substitution.missing.surface} ${substitution.head}.`;
  }
  // "…, Ask Jeeves and vice president, but no ceo": the constraint the
  // answer's clause leaves unmet, and what it has in its place when it says so.
  if (unmet?.instead !== undefined) {
    // Each word of the missing role is said once, in it ("…, executive and chairman, but no
    // chief executive" said "executive" twice).
    const missingWords = unmet.missing.split(" ");
    const others = covered.filter((t) => !missingWords.includes(t.surface.toLowerCase()));
    const has = [...others.map((t) => t.surface), unmet.instead];
    return `The articles mention ${list(has, "and")}, but no ${unmet.missing}.`;
  }
  // "…, but no verdict": the fact asked for by name, or a price, that the story lacks.
  if (fact) return missingFactMessage(question, best, fact);
  if (refused.includes("foretold"))
    return `The articles mention ${mentioned}, but only as planned, expected or undecided, not the outcome.`;
  // A count or amount that is not the one asked: the number itself is what is missing.
  const numberMissing = typedMissing || unmet?.check === "count" || unmet?.check === "carried";
  const lacks = [...missingTerms.map((t) => t.surface), ...(numberMissing && noun ? [noun] : [])];
  return `The articles mention ${mentioned}, but not ${list(lacks.length > 0 ? lacks : ["this"])}.`;
}
