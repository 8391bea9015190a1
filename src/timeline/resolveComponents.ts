import type { ParsedComponents } from "chrono-node";
import { addDays, isoDay, isoWeek, pad, weekdayAfter, weekdayOnOrBefore } from "./calendar.js";

/** A sentence that speaks of what is to come sends a bare weekday or month forward. */
const FUTURE_CUE =
  /\b(?:will|shall|'ll|is to|are to|plans? to|scheduled|due to|expected to|going to)\b/iu;
/** How much further a date after publication seems than one before it (tuned on TimeBank/AQUAINT). */
const FUTURE_WEIGHT = 2;

/** What chrono found, with what the words around it say. */
export interface Reading {
  readonly components: ParsedComponents;
  /** The expression as it will be reported. */
  readonly written: string;
  /** True when the expression counts from the time of writing ("last year", "yesterday"). */
  readonly relative: boolean;
  /** "last", "this", "next" or "coming" just before a bare month name, else null. */
  readonly deictic: string | null;
  /** True when the clause before the expression speaks of the future. */
  readonly future: boolean;
  /** True when the words before the expression place it in the past ("since March"). */
  readonly past: boolean;
}

/**
 * The TIMEX3-style value of a chrono reading, resolved against `anchor` (publication date at UTC
 * midnight). Bare weekdays go to the latest such day on or before publication (or the next one
 * after it in a sentence about the future); weeks become `YYYY-Www`; a month without a year
 * goes to the nearest such month, leaning to the past. Null when nothing places it.
 */
export function resolveComponents(reading: Reading, anchor: Date | null): string | null {
  const { components: c, written, relative, deictic } = reading;
  const month = c.get("month") ?? 1;
  const day = c.get("day") ?? 1;
  const ymd = `${pad(c.get("year") ?? 0, 4)}-${pad(month)}-${pad(day)}`;
  if (!anchor)
    return c.isCertain("day") ? ymd : c.isCertain("month") ? ymd.slice(0, 7) : ymd.slice(0, 4);
  const forward =
    deictic === "next" ||
    deictic === "coming" ||
    /\b(?:next|coming)\b/iu.test(written) ||
    reading.future;
  // "two weeks ago" is as precise as its unit, not a day.
  const ago = /\b(year|month|week)s?\s+ago$/iu.exec(written)?.[1]?.toLowerCase();
  if (ago === "year") return ymd.slice(0, 4);
  if (ago === "month") return ymd.slice(0, 7);
  if (ago === "week") return isoWeek(new Date(Date.UTC(c.get("year") ?? 0, month - 1, day)));
  if (/\bweekend\b/iu.test(written)) return `${isoWeek(weekdayOnOrBefore(anchor, 6))}-WE`;
  if (/\bweek\b/iu.test(written) && !/\d/u.test(written)) return weekOf(written, anchor);
  if (c.isCertain("day") && c.isCertain("month") && !c.isCertain("year") && !relative) {
    return `${pad(yearOf(anchor, month, day, forward, reading.past), 4)}-${pad(month)}-${pad(day)}`;
  }
  if (c.isCertain("day")) return ymd;
  if (c.isCertain("weekday") && !/\b(?:next|last|this|coming|past)\b/iu.test(written)) {
    const weekday = c.get("weekday") ?? 0;
    return isoDay(forward ? weekdayAfter(anchor, weekday) : weekdayOnOrBefore(anchor, weekday));
  }
  if (c.isCertain("weekday")) return ymd;
  if (c.isCertain("month") && !c.isCertain("year")) {
    const y =
      deictic === "this"
        ? anchor.getUTCFullYear()
        : yearOf(anchor, month, 1, forward, reading.past);
    // "last December" is the latest December before the month of writing: in October that is
    // the December of the year before, and "last November" said in November is a year back.
    const latest =
      month < anchor.getUTCMonth() + 1 ? anchor.getUTCFullYear() : anchor.getUTCFullYear() - 1;
    return `${pad(deictic === "last" ? latest : y, 4)}-${pad(month)}`;
  }
  if (c.isCertain("month")) return ymd.slice(0, 7);
  if (c.isCertain("year")) return ymd.slice(0, 4);
  // A clock time alone ("at 3") places nothing unless it names its day ("this morning").
  if (c.isCertain("hour") && /\b(?:today|tonight|this|yesterday|tomorrow)\b/iu.test(written))
    return ymd;
  return null;
}

/**
 * The year of a month (and day) written without one. A sentence that looks ahead takes the next
 * such date; otherwise the nearest one, with dates after publication counted twice as far
 * (news mostly reports the past, but "Dec. 7" in a late-October story is this December).
 * chrono's plain nearest sends "April" in an October story to the following year.
 */
function yearOf(anchor: Date, month: number, day: number, forward: boolean, past: boolean): number {
  const year = anchor.getUTCFullYear();
  let best = year;
  let bestCost = Infinity;
  for (const y of [year - 1, year, year + 1]) {
    const gap = (Date.UTC(y, month - 1, day) - anchor.getTime()) / 86_400_000;
    if (forward && gap < 0) continue;
    if (past && !forward && gap > 0) continue;
    const cost = gap > 0 ? gap * FUTURE_WEIGHT : -gap;
    if (cost < bestCost) [best, bestCost] = [y, cost];
  }
  return best;
}

/** The ISO week "this/last/next week" names, counted from the publication date. */
function weekOf(written: string, anchor: Date): string {
  const shift = /\b(?:last|past|previous)\b/iu.test(written)
    ? -7
    : /\b(?:next|coming)\b/iu.test(written)
      ? 7
      : 0;
  return isoWeek(addDays(anchor, shift));
}

/** True when the clause before `offset` speaks of the future ("will meet on Friday"). */
export function speaksOfFuture(text: string, offset: number): boolean {
  const clauseStart = Math.max(
    text.lastIndexOf(".", offset),
    text.lastIndexOf(",", offset),
    offset - 60,
  );
  return FUTURE_CUE.test(text.slice(Math.max(0, clauseStart), offset));
}
