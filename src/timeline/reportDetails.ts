/**
 * Details that tell two reports of one date apart even when they share their actors and many
 * words: which part of the period they mean, and the figures they state.
 */

import { MONTH_NAMES } from "../text/months.js";

/** The part of a year or month a date expression is narrowed to: "late 2004", "the middle of 2005". */
export type PeriodPart = "early" | "mid" | "late";

const LATE =
  /\b(?:end|close|back[- ]end|closing\s+months|(?:last|final|fourth|4th)\s+quarter|(?:last|final)\s+(?:three|six|few)\s+months|second\s+half)\s+of\s+(?:the\s+)?$|\blate[-\s]*$/iu;
const MID = /\b(?:middle|mid-?point)\s+of\s+(?:the\s+)?$|\bmid[-\s]*$/iu;
const EARLY =
  /\b(?:start|beginning|(?:first|1st)\s+(?:quarter|half|(?:three|six|few)\s+months))\s+of\s+(?:the\s+)?$|\bearly[-\s]*$/iu;

/** The date itself at the end of a phrase: years, days and month names. */
const DATE_TAIL = new RegExp(
  String.raw`(?:[\s,]*(?:\d{1,4}(?:st|nd|rd|th)?|${MONTH_NAMES.join("|")}))+[\s,]*$`,
  "iu",
);

/**
 * The part of the period a date expression is narrowed to by its own words or the words just
 * before it ("by the end of 2005", "late 2004", "in the first quarter of 2003"), or null when
 * none is named. `upToDate` is the text up to the end of the expression.
 */
export function periodPart(upToDate: string): PeriodPart | null {
  const tail = upToDate.slice(-64).replace(DATE_TAIL, " ");
  if (LATE.test(tail)) return "late";
  if (MID.test(tail)) return "mid";
  if (EARLY.test(tail)) return "early";
  return null;
}

/** The part of the period `text` narrows its date expression to (see {@link periodPart}). */
export function partInText(text: string, expression: string | null): PeriodPart | null {
  if (expression === null) return null;
  const at = text.indexOf(expression);
  return at < 0 ? null : periodPart(text.slice(0, at + expression.length));
}

/** Kinds of figure a report can state: sums of money and percentages. */
type FigureKind = "money" | "percent";

const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  million: 1e6,
  bn: 1e9,
  billion: 1e9,
  tn: 1e12,
  trillion: 1e12,
};
const NUMBER = String.raw`(\d[\d,]*(?:\.\d+)?)`;
const SCALE_WORD = String.raw`(?:\s*(k|m|bn|tn|thousand|million|billion|trillion)\b)?`;
const MONEY_BEFORE = new RegExp(String.raw`[$£€¥]\s?${NUMBER}${SCALE_WORD}`, "giu");
const MONEY_AFTER = new RegExp(
  String.raw`\b${NUMBER}${SCALE_WORD}\s*(?:euros?|dollars?|pounds?|yen|yuan|roubles?)\b`,
  "giu",
);
const PERCENT = new RegExp(String.raw`\b${NUMBER}\s*(?:%|per\s?cent\b|percent\b)`, "giu");

/**
 * The figures `text` states, by kind, each as a plain number ("$45bn" and "45 billion dollars"
 * are both 45e9): a report of a statistic is known by its figure.
 */
export function statedFigures(text: string): ReadonlyMap<FigureKind, ReadonlySet<number>> {
  const out = new Map<FigureKind, Set<number>>();
  const add = (kind: FigureKind, digits: string, scale: string | undefined): void => {
    const value = Number(digits.replace(/,/gu, "")) * (scale ? SCALE[scale.toLowerCase()]! : 1);
    if (!Number.isFinite(value)) return;
    const set = out.get(kind) ?? new Set<number>();
    set.add(value);
    out.set(kind, set);
  };
  for (const m of text.matchAll(MONEY_BEFORE)) add("money", m[1]!, m[2]);
  for (const m of text.matchAll(MONEY_AFTER)) add("money", m[1]!, m[2]);
  for (const m of text.matchAll(PERCENT)) add("percent", m[1]!, undefined);
  return out;
}

/**
 * True when two reports state figures of the same kind and not one of them in common ($45bn of
 * remittances and $445.1bn of exports): different statistics, so different happenings. Reports
 * where either states none of a kind do not disagree on it.
 */
export function figuresDisagree(a: string, b: string): boolean {
  const mine = statedFigures(a);
  const theirs = statedFigures(b);
  for (const [kind, values] of mine) {
    const other = theirs.get(kind);
    if (other && ![...values].some((v) => other.has(v))) return true;
  }
  return false;
}

/** True when both reports narrow their date to a part of the period, and not the same part. */
export function partsDisagree(a: PeriodPart | null, b: PeriodPart | null): boolean {
  return a !== null && b !== null && a !== b;
}
