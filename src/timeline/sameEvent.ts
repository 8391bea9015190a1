import { intervalOf } from "./calendar.js";
import type { DatedEvent } from "./types.js";

/** Content-word families two reports must share, at least, to be one event. */
export const MIN_SHARED_TERMS = 3;
/** …and the share of the shorter report's families they must make up. */
export const MIN_OVERLAP = 0.4;

/**
 * True when the dates of `a` and `b` can name one event: equal, or (for single dates) one
 * within the other, as when one article says "in 2021" and another "in August 2021".
 */
export function compatibleDates(a: DatedEvent, b: DatedEvent): boolean {
  if (a.date === b.date && a.end === b.end) return true;
  if (a.end !== null || b.end !== null) return false;
  const x = intervalOf(a.date);
  const y = intervalOf(b.date);
  return (x.first <= y.first && y.last <= x.last) || (y.first <= x.first && x.last <= y.last);
}

/**
 * True when `a` and `b` report the same event. Either the same paragraph of one article gives
 * the same date (a paragraph tells one event: "… recognized the Taliban government. … made the
 * announcement … on Thursday."), or the dates are compatible and the content words overlap
 * strongly: at least {@link MIN_SHARED_TERMS} shared families making up {@link MIN_OVERLAP} of
 * the shorter report (measured on the shorter side, since one report may add detail).
 */
export function sameEvent(a: DatedEvent, b: DatedEvent): boolean {
  if (a.articleId === b.articleId && a.paragraph === b.paragraph)
    return a.date === b.date && a.end === b.end;
  if (!compatibleDates(a, b)) return false;
  return (
    sharedTerms(a, b) >=
    Math.max(MIN_SHARED_TERMS, MIN_OVERLAP * Math.min(a.terms.length, b.terms.length))
  );
}

function sharedTerms(a: DatedEvent, b: DatedEvent): number {
  const other = new Set(b.terms);
  return a.terms.filter((t) => other.has(t)).length;
}
