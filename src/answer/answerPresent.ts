import type { Candidate } from "./candidates.js";
import { clauseAt, splitClauses } from "./splitClauses.js";
import type { UnderstoodQuestion } from "./understandQuestion.js";

/**
 * A question about an outcome: who won or beat whom, the verdict, what it came to in the end.
 * Such a question is answered by a statement of the outcome, not by a plan or a forecast of
 * it. "Did" alone is not enough, nor "the winner" or "the result" as nouns: on SQuAD they
 * mostly ask a past fact stated beside a forecast ("Rivera played in Super Bowl XX …; this
 * will be the first…"), and SQuAD answers fell by 0.2–0.3 points with them.
 */
const ASKS_DONE =
  /\b(?:won|win|wins|beat|beaten|verdict|outcome|in the end|finally|ended up|voted|elected|final score)\b/iu;

/**
 * A question about what someone said, expected or intended ("what did the ministry say the
 * deal would open the door to?", "what did he promise?"): a forecast is its answer.
 */
const ASKS_WORDS =
  /\b(?:say|said|says|tell|told|claim\w*|announc\w*|predict\w*|expect\w*|warn\w*|forecast\w*|promis\w*|plan\w*|hop(?:e|es|ed|ing)|think|thought|believ\w*|want\w*|propos\w*|suggest\w*|vow\w*|pledg\w*|threat\w*|intend\w*)\b/iu;

/**
 * A question that itself asks about what is to come ("who will win the election?", "is Labour
 * likely to win?"): a forecast is its answer, so the outcome need not be stated as done. "Will"
 * counts lower-case, or capitalised only as the question's first word, for the reason below.
 */
const ASKS_AHEAD = /^\s*Will\b|\b(?:will|going to|expected|likely)\b/u;

/**
 * Words that put a clause's event ahead of its telling: a plan, a forecast, a contest still
 * open ("will", "plans to", "is set to", "nominations", "battling for"). "Would", "could" and
 * "may" are left out: they as often report what happened ("said it would…", "to find out how
 * they would react") as foretell. Case counts: "Will" is as often a name ("On the Bondage of
 * the Will").
 */
const FORETOLD =
  /\b(?:will|shall|(?:is|are|was|were) (?:expected|tipped|set|due|likely|planning|hoping|going|poised) to|plans? to|planning|hopes? to|aims? to|[Pp]redict\w*|[Ff]orecasts?|[Nn]ominat\w*|[Ss]hortlist\w*|in the running|up for|battling)\b/u;

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
  const asksDone =
    ASKS_DONE.test(question.text) &&
    !ASKS_WORDS.test(question.text) &&
    !ASKS_AHEAD.test(question.text);
  if (asksDone && FORETOLD.test(answerClause(candidate)))
    return { present: false, lacks: "outcome" };
  return { present: true };
}
