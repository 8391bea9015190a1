import type { Candidate } from "./candidates.js";
import { asksOutcome, foretells } from "./foretold.js";
import { clauseAt, splitClauses } from "./splitClauses.js";
import type { UnderstoodQuestion } from "./understandQuestion.js";

/** Whether the answer is there, and if not, what is missing. */
export type Presence =
  | { readonly present: true }
  | {
      readonly present: false;
      /** The answer's clause foretells what the question asks as done. */
      readonly lacks: "outcome";
    };

/**
 * The clause that states the candidate's answer: the clause of its first answer of the asked
 * kind, or of the neighbour's that carries it; the whole sentence when it holds none.
 */
export function answerClause(
  candidate: Pick<Candidate, "sentence" | "answers" | "carrier">,
): string {
  const host =
    candidate.answers.length > 0 || !candidate.carrier
      ? { text: candidate.sentence.text, answers: candidate.answers }
      : { text: candidate.carrier.sentence.text, answers: candidate.carrier.answers };
  const first = host.answers[0];
  if (!first) return host.text;
  const clause = clauseAt(splitClauses(host.text), first.start);
  return host.text.slice(clause.start, clause.end);
}

/**
 * Whether a candidate states the answer itself, beyond holding the question's words: when the
 * question asks what was done (who won, what it raised in the end), the clause that gives the
 * answer ({@link answerClause}) must state it as done, not as planned, forecast or still
 * contested ("Nasdaq plans to raise $100m" does not say what the sale raised). Dev near-misses
 * about what happened after the articles were written are of this kind.
 */
export function answerPresent(
  question: UnderstoodQuestion,
  candidate: Pick<Candidate, "sentence" | "answers" | "carrier">,
): Presence {
  if (asksOutcome(question.text) && foretells(answerClause(candidate)))
    return { present: false, lacks: "outcome" };
  return { present: true };
}
