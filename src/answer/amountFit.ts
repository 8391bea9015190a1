import type { Span } from "../corpus/types.js";
import {
  ASKS_DISTANCE,
  ASKS_MONEY,
  ASKS_SHARE,
  IS_DISTANCE,
  MONEY_FAMILIES,
} from "./measureWords.js";
import { IS_MONEY, IS_PERCENT } from "./spanPatterns.js";
import { clauseAt, splitClauses } from "./splitClauses.js";
import type { UnderstoodQuestion } from "./understandQuestion.js";

/** What money in a clause of another family than the question's counts for. */
const UNTIED_MONEY = 0.3;
/** A clause about a share price: money stated there is what a share costs. */
const SHARE_PRICE = /\bshares?\b|\bstock\b|\bper share\b/iu;

/**
 * How well the best of a how-much question's answers (`answers`, in `text`) is the sort of
 * amount it asks for, from -1 to 1: a distance for "how far", a share for "what proportion",
 * money for what was lost, paid or earned — not a share price, unless the question asks about
 * shares ("Shares in Borussia Dortmund dropped … to 2.05 euros" does not say how much the club
 * lost), nor a count of things ("12,575 net cafes" for "how far from a school"). 0 for other
 * kinds, or when the question's words name no sort.
 */
export function amountFit(
  question: UnderstoodQuestion,
  text: string,
  answers: readonly Span[],
): number {
  if (question.kind !== "how-much" || answers.length === 0) return 0;
  const asked = question.text;
  const fit = (span: Span): number => {
    const value = text.slice(span.start, span.end);
    if (ASKS_DISTANCE.test(asked)) return IS_DISTANCE.test(value) && !IS_MONEY.test(value) ? 1 : -1;
    if (ASKS_SHARE.test(asked)) return IS_PERCENT.test(value) ? 1 : 0;
    if (!ASKS_MONEY.test(asked)) return 0;
    if (!IS_MONEY.test(value)) return IS_PERCENT.test(value) ? -0.5 : -1;
    const at = clauseAt(splitClauses(text), span.start);
    const clause = text.slice(at.start, at.end);
    if (SHARE_PRICE.test(clause) && !SHARE_PRICE.test(asked)) return -1;
    const families = MONEY_FAMILIES.filter((f) => f.test(asked));
    return families.length === 0 || families.some((f) => f.test(clause)) ? 1 : UNTIED_MONEY;
  };
  return Math.max(...answers.map(fit));
}
