import { termOf, tokenize } from "../text/tokens.js";
import type { Candidate } from "./candidates.js";
import { asksAhead, asksDid, asksOutcome, asksWords, foretells } from "./foretold.js";
import { clauseAt, splitClauses } from "./splitClauses.js";
import type { UnderstoodQuestion } from "./understandQuestion.js";

/**
 * The words that, just before a verb, put what it says ahead of its telling: "expects to
 * lose", "plans to raise", "is set to buy", "will cost". "Would" and "could" are left out, as
 * in `foretold`'s forecasts: they as often report what happened.
 */
const AHEAD_OF_VERB =
  /\b(?:expects?|expected|plans?|planning|hopes?|hoping|aims?|aiming|set|due|likely|poised|going|wants?)\s+to\s+$/iu;
/** "will" in lower case only, as `foretold` reads it: "Will Young won" tells a past win. */
const WILL_BEFORE_VERB = /\bwill\s+(?:\p{L}+\s+)?$/u;

/** Whether the words before a verb put it ahead of its telling (see {@link AHEAD_OF_VERB}). */
function aheadOfVerb(before: string): boolean {
  return AHEAD_OF_VERB.test(before) || WILL_BEFORE_VERB.test(before);
}

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
  if (foretoldVerb(question, candidate.sentence.text)) return { present: false, lacks: "outcome" };
  return { present: true };
}

/**
 * Whether a past question's verb ("how much did Continental lose in 2005") stands in the
 * sentence only as foretold ("it expects to lose hundreds of millions of dollars in 2005"):
 * the sentence says what was expected, not what was done. A question about what was said or
 * is to come is answered by a forecast, and is left alone.
 */
export function foretoldVerb(question: UnderstoodQuestion, text: string): boolean {
  // "Did" is read only with the verb's own place in the sentence, never alone: alone it
  // refused SQuAD's past facts told beside a forecast.
  if (!asksDid(question.text) || asksWords(question.text) || asksAhead(question.text)) return false;
  const tokens = tokenize(text);
  // A verb of the question whose every use in the sentence is foretold: the question's
  // other words ("Continental", "airlines") may well be stated as they are.
  return question.predicate.some((term) => {
    const uses = tokens.filter((t) => termOf(t.word) === term.term);
    return (
      uses.length > 0 &&
      uses.every((t) => aheadOfVerb(text.slice(Math.max(0, t.start - 30), t.start)))
    );
  });
}
