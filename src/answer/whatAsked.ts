/**
 * What a "what" question asks for, when its words say so though its opening does not: a figure
 * ("what was ask jeeves q4 profit", "what would the offer value the club at", "what proportion")
 * or a length of time ("how quickly did it sell out"). The short answer looks for that form;
 * retrieval and sentence choice keep the question's own kind.
 */
import type { QuestionKind, UnderstoodQuestion } from "./understandQuestion.js";

/** Nouns and verbs of a figure: the answer is an amount. */
const FIGURE =
  /\b(?:profits?|loss(?:es)?|budget|price|cost|fee|salary|wage|value|valued?|worth|proportion|percentage|revenues?|turnover|sales|deficit|surplus|debt|earnings|takings|growth|rate)\b/iu;
/** A length of time asked without "how long": "how quickly did it sell out". */
const DURATION = /\bhow (?:quickly|soon|fast)\b/iu;

/** A count of time: "four days", "two years". */
const TIME_COUNT = /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/iu;

/** The form the short answer looks for: a kind, and a test its spans must pass. */
export interface ShortForm {
  readonly kind: QuestionKind;
  readonly fits: (value: string) => boolean;
}

/** The form of answer the short answer looks for, for `question`. */
export function shortForm(question: UnderstoodQuestion): ShortForm {
  const any = (): boolean => true;
  if (question.kind !== "what") return { kind: question.kind, fits: any };
  if (DURATION.test(question.text))
    return { kind: "how-many", fits: (value) => TIME_COUNT.test(value) };
  if (FIGURE.test(question.text)) return { kind: "how-much", fits: any };
  return { kind: question.kind, fits: any };
}
