/**
 * What a "what" question asks for, when its words say so though its opening does not: a figure
 * ("what was ask jeeves q4 profit", "what would the offer value the club at", "what proportion")
 * or a length of time ("how quickly did it sell out"). The short answer looks for that form;
 * retrieval and sentence choice keep the question's own kind.
 */
import { MONEY_FIGURES } from "./measureWords.js";
import type { QuestionKind, UnderstoodQuestion } from "./understandQuestion.js";
import { rankSpans, whatSpans, type SpanFinder } from "./whatSpans.js";

/** Nouns and verbs of a figure, of money or not: the answer is an amount. */
const FIGURE = new RegExp(`\\b(?:${MONEY_FIGURES}|proportion|percentage|growth|rate)\\b`, "iu");
/** A length of time asked without "how long": "how quickly did it sell out". */
const DURATION = /\bhow (?:quickly|soon|fast)\b/iu;

/** A count of time: "four days", "two years". */
const TIME_COUNT = /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/iu;

/** "what time did he run": a time a race was run in, not a time of day. */
const RACE_TIME = /\bwhat time did\b.*\b(?:run|clock|swim|record|post|set|finish|win)\b/iu;
/** A question opening with "what" in any spelling: "whats", "what's", "wot". */
const OPENS_WHAT = /^\s*(?:what|wot)/iu;

/** "where is she in the rankings", "where do they stand in the table". */
const IN_RANKING = /\bin the (?:world )?(?:rankings?|table|standings|charts?|league)\b/iu;

/** A measured time: "47.97 seconds", "3 minutes", "1:47.97". */
const MEASURED_TIME = /\b(?:seconds?|minutes?|hours?)\b|\d:\d\d/iu;

/**
 * The form the short answer looks for: a kind, and a test its spans must pass, or (`spans`)
 * the spans of a "what" question's own form ({@link whatSpans}).
 */
export interface ShortForm {
  readonly kind: QuestionKind;
  readonly fits: (value: string) => boolean;
  readonly spans?: SpanFinder;
}

/** The form of answer the short answer looks for, for `question`. */
export function shortForm(question: UnderstoodQuestion): ShortForm {
  const any = (): boolean => true;
  // "where is serena in the rankings": a place in a ranking, not a place on the map.
  if (question.kind === "where" && IN_RANKING.test(question.text))
    return { kind: "what", fits: any, spans: rankSpans };
  if (question.kind === "when" && RACE_TIME.test(question.text))
    return { kind: "how-much", fits: (value) => MEASURED_TIME.test(value) };
  // "whats her ranking" is read as no kind at all, though it opens as a "what" question.
  const what =
    question.kind === "what" || (question.kind === "other" && OPENS_WHAT.test(question.text));
  if (!what) return { kind: question.kind, fits: any };
  if (DURATION.test(question.text))
    return { kind: "how-many", fits: (value) => TIME_COUNT.test(value) };
  if (FIGURE.test(question.text)) return { kind: "how-much", fits: any };
  const spans = whatSpans(question.text, question.asked);
  return spans ? { kind: question.kind, fits: any, spans } : { kind: question.kind, fits: any };
}
