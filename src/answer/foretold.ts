/**
 * What is told as ahead of its telling, and questions that ask about what is done or still to
 * come: one reading shared by the check that an outcome is stated (`answerPresent`) and the
 * short answer (`pickShort`), so the two never disagree on what a forecast is.
 */
import { isPastForm } from "../text/irregular.js";
import { tokenize } from "../text/tokens.js";

/**
 * A forecast: "will", "is expected to", "predicts". Case counts for "will": "Will" is as often
 * a name ("On the Bondage of the Will") as the opening of a forecast.
 */
const PREDICTS = String.raw`will|shall|(?:is|are|was|were) (?:expected|tipped|set) to|[Pp]redict\w*|[Ff]orecasts?`;
/** A plan or a hope: "plans to", "is due to", "aims to". */
const PLANS = String.raw`(?:is|are|was|were) (?:due|likely|planning|hoping|going|poised) to|plans? to|planning|hopes? to|aims? to`;
/** A contest still open: "nominations include", "in the running", "battling it out for". */
const CONTESTED = String.raw`[Nn]ominat\w*|[Ss]hortlist\w*|in the running|up for|battling`;
/**
 * Words that suppose rather than tell: left out of {@link foretells}, as they as often report
 * what happened ("said it would…", "to find out how they would react").
 */
const SUPPOSES = String.raw`[Ww]ould|[Cc]ould|[Mm]ight|may`;

const words = (...alternatives: string[]): RegExp =>
  new RegExp(`\\b(?:${alternatives.join("|")})\\b`, "u");

const PREDICTION = words(PREDICTS);
const FORETOLD = words(PREDICTS, PLANS, CONTESTED);
const HEDGED = words(PREDICTS, PLANS, SUPPOSES);

/** Whether a text forecasts ("will win", "is tipped to", "predicts"). */
export const predicts = (text: string): boolean => PREDICTION.test(text);

/**
 * Whether a clause puts its event ahead of its telling: a forecast, a plan, a contest still
 * open ("will", "plans to", "is set to", "nominations", "battling for").
 */
export const foretells = (text: string): boolean => FORETOLD.test(text);

/** Whether a text forecasts, plans or supposes ("could be on the market by 2008"). */
export const hedges = (text: string): boolean => HEDGED.test(text);

/**
 * A question about what is to come ("who will win the election?", "where will it be held",
 * "is Labour likely to win?"). "Will" counts lower-case, or capitalised as the first word.
 */
const ASKS_AHEAD = /^\s*Will\b|\b(?:will|shall|might|going to|due to|expected|likely)\b|['’]ll\b/u;

/** Whether a question asks about what is still to come. */
export const asksAhead = (question: string): boolean => ASKS_AHEAD.test(question);

/** Whether a question asks by the past auxiliary: "how much did Continental lose". */
export const asksDid = (question: string): boolean => /\bdid\b/iu.test(question);

/**
 * A participle after a present "is"/"are" is the passive of now, not the past: "where is T in
 * the Park held", "what are they called".
 */
const PRESENT_PASSIVE = /\b(?:is|are|am)\s+(?:(?!(?:who|that|which|to)\s)\p{L}+\s+){0,4}$/u;

/**
 * Whether a question asks about something done: "did", or a past form ("won", "bought",
 * "raised") that is no present passive ("where is it held"), in a question that does not
 * ask ahead.
 */
export function asksDone(question: string): boolean {
  if (asksDid(question)) return true;
  if (asksAhead(question)) return false;
  return tokenize(question).some(
    (t) => isPastForm(t.word) && !PRESENT_PASSIVE.test(question.slice(0, t.start).toLowerCase()),
  );
}

/**
 * A question about an outcome: who won or beat whom, the verdict, what it came to in the end.
 * Such a question is answered by a statement of the outcome, not by a plan or a forecast of
 * it. "Did" alone is not enough, nor "the winner" or "the result" as nouns: on SQuAD they
 * mostly ask a past fact stated beside a forecast ("Rivera played in Super Bowl XX …; this
 * will be the first…"), and SQuAD answers fell by 0.2–0.3 points with them.
 */
const ASKS_OUTCOME =
  /\b(?:won|win|wins|beat|beaten|verdict|outcome|in the end|finally|ended up|voted|elected|final score)\b/iu;

/**
 * A question about what someone said, expected or intended ("what did the ministry say the
 * deal would open the door to?", "what did he promise?"): a forecast is its answer.
 */
const ASKS_WORDS =
  /\b(?:say|said|says|tell|told|claim\w*|announc\w*|predict\w*|expect\w*|warn\w*|forecast\w*|promis\w*|plan\w*|hop(?:e|es|ed|ing)|think|thought|believ\w*|want\w*|propos\w*|suggest\w*|vow\w*|pledg\w*|threat\w*|intend\w*)\b/iu;

/** Whether a question asks what someone said, expected or intended: a forecast answers it. */
export const asksWords = (question: string): boolean => ASKS_WORDS.test(question);

/** Whether a question asks for an outcome, as done, and not what someone said or expected. */
export function asksOutcome(question: string): boolean {
  return ASKS_OUTCOME.test(question) && !ASKS_WORDS.test(question) && !asksAhead(question);
}
