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
 * What sort of amount a how-much question asks for, read once per question: a distance for
 * "how far", a share for "what proportion", money for what was lost, paid or earned (with the
 * families of its words, and whether it asks about shares); null for other kinds, or when the
 * question's words name no sort.
 */
export interface AmountAsked {
  readonly sort: "distance" | "share" | "money";
  /** The money families the question's words are of (see `MONEY_FAMILIES`). */
  readonly families: readonly RegExp[];
  /** It asks about shares, so a share price may be the sum asked. */
  readonly aboutShares: boolean;
}

/** The {@link AmountAsked} of `question`, or null when it asks for no sort of amount. */
export function amountAsked(question: UnderstoodQuestion): AmountAsked | null {
  if (question.kind !== "how-much") return null;
  const asked = question.text;
  const sort = ASKS_DISTANCE.test(asked)
    ? "distance"
    : ASKS_SHARE.test(asked)
      ? "share"
      : ASKS_MONEY.test(asked)
        ? "money"
        : null;
  if (sort === null) return null;
  return {
    sort,
    families: MONEY_FAMILIES.filter((f) => f.test(asked)),
    aboutShares: SHARE_PRICE.test(asked),
  };
}

/**
 * How well the best of a how-much question's answers (`answers`, in `text`) is the sort of
 * amount it asks for (`asked`, from {@link amountAsked}), from -1 to 1: a distance for "how
 * far", a share for "what proportion", money for what was lost, paid or earned — not a share
 * price, unless the question asks about shares ("Shares in Borussia Dortmund dropped … to 2.05
 * euros" does not say how much the club lost), nor a count of things ("12,575 net cafes" for
 * "how far from a school"). 0 when the question asks for no sort.
 */
export function amountFit(
  asked: AmountAsked | null,
  text: string,
  answers: readonly Span[],
): number {
  if (asked === null || answers.length === 0) return 0;
  // The sentence's clauses, split when a sum is first found in it.
  let clauses: Span[] | undefined;
  const fit = (span: Span): number => {
    const value = text.slice(span.start, span.end);
    if (asked.sort === "distance") return IS_DISTANCE.test(value) && !IS_MONEY.test(value) ? 1 : -1;
    if (asked.sort === "share") return IS_PERCENT.test(value) ? 1 : 0;
    if (!IS_MONEY.test(value)) return IS_PERCENT.test(value) ? -0.5 : -1;
    clauses ??= splitClauses(text);
    const at = clauseAt(clauses, span.start);
    const clause = text.slice(at.start, at.end);
    if (SHARE_PRICE.test(clause) && !asked.aboutShares) return -1;
    const { families } = asked;
    return families.length === 0 || families.some((f) => f.test(clause)) ? 1 : UNTIED_MONEY;
  };
  return Math.max(...answers.map(fit));
}
