import type { ClauseTie } from "./subjectPredicateTie.js";
import type { UnderstoodQuestion } from "./understandQuestion.js";

/**
 * A question about something done: "did", or a word of an outcome (who won, the verdict, the
 * result, what it raised in the end). Such a question is answered by a statement of the
 * outcome, not by a plan or a forecast of it.
 */
const ASKS_DONE =
  /\bdid\b|\b(?:won|wins?|winners?|beat|beaten|verdict|results?|outcome|in the end|finally|ended up|voted|elected|final score)\b/iu;

/**
 * Words that put a clause's event ahead of its telling: a plan, a forecast, a contest still
 * open ("will", "plans to", "is set to", "nominations", "battling for"). "Would", "could" and
 * "may" are left out: they as often report what happened ("said it would…", "to find out how
 * they would react") as foretell.
 */
const FORETOLD =
  /\b(?:will|shall|(?:is|are|was|were) (?:expected|tipped|set|due|likely|planning|hoping|going|poised) to|plans? to|planning|hopes? to|aims? to|predict\w*|forecasts?|nominat\w*|shortlist\w*|in the running|up for|battling|contenders?|favourites?)\b/iu;

/** Whether the answer is there, and if not, what is missing. */
export type Presence =
  | { readonly present: true }
  | {
      readonly present: false;
      /** The answer's clause foretells what the question asks as done. */
      readonly lacks: "outcome";
    };

/**
 * Whether a candidate states the answer itself (`tie`: how its answer is tied, see
 * `subjectPredicateTie`), beyond holding the question's words: when
 * the question asks what was done (who won, what it raised in the end), the clause that gives
 * the answer (see `subjectPredicateTie`) must state it as done, not as planned, forecast or
 * still contested ("Nasdaq plans to raise $100m" does not say what the sale raised). Dev
 * near-misses about what happened after the articles were written are of this kind.
 */
export function answerPresent(question: UnderstoodQuestion, tie: ClauseTie): Presence {
  if (ASKS_DONE.test(question.text) && FORETOLD.test(tie.text))
    return { present: false, lacks: "outcome" };
  return { present: true };
}
