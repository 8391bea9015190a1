import { intervalOf } from "./calendar.js";
import type { CalendarDate } from "./types.js";

/** A stretch of the axis where time was cut out, drawn as a break mark. */
export interface AxisBreak {
  /** Pixel positions of the break's two ends along the axis. */
  readonly from: number;
  readonly to: number;
  /** Years left out, for the mark's label. */
  readonly years: number;
}

/** A time axis: positions proportional to time, long empty stretches compressed. */
export interface TimeAxis {
  /** Position of a moment (days since 1970), within [0, length]. */
  at(day: number): number;
  readonly length: number;
  readonly breaks: readonly AxisBreak[];
  /** Pixels per day outside the breaks. */
  readonly scale: number;
  /** The first and last moment on the axis, in days since 1970. */
  readonly first: number;
  readonly last: number;
}

const DAY_MS = 86_400_000;
/** A gap between consecutive moments longer than this share of the whole span… */
const LONG_GAP_SHARE = 0.25;
/** …and longer than this many times the median gap is compressed to {@link BREAK_PIXELS}. */
const LONG_GAP_TIMES_MEDIAN = 2;
/** A gap shorter than this is never cut: a year apart reads well on any axis. */
const MIN_CUT_DAYS = 366;
/** Drawn length of a compressed gap. */
export const BREAK_PIXELS = 40;

/** Days since 1970 of a `YYYY-MM-DD` day. */
export function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

/** The first day of a calendar date, in days since 1970. */
export function startDay(date: CalendarDate): number {
  return dayNumber(intervalOf(date).first);
}

/** The last day of a calendar date, in days since 1970. */
export function endDay(date: CalendarDate): number {
  return dayNumber(intervalOf(date).last);
}

/**
 * An axis `length` pixels long (or longer, when the breaks alone need more) through `moments`
 * (days since 1970, any order). Positions are proportional to time, except that a gap between
 * consecutive moments much longer than the others (over a year, twice the median gap and a
 * quarter of the span left once longer gaps are cut) is cut to {@link BREAK_PIXELS} and reported as a break, so a timeline
 * with one event in 1948 and the rest in 2004–2005 still shows the recent ones apart. A gap
 * inside one of the `covered` spans (a range event's start and end) is not empty and never cut.
 */
export function timeAxis(
  moments: readonly number[],
  length: number,
  covered: ReadonlyArray<readonly [number, number]> = [],
): TimeAxis {
  const points = [...new Set(moments)].sort((a, b) => a - b);
  const first = points[0] ?? 0;
  const last = points.at(-1) ?? 0;
  const gaps = points.slice(1).map((p, i) => p - points[i]!);
  const sorted = [...gaps].sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
  // Cut the longest gaps while one is still long against what remains: once 1948–1999 is cut,
  // four empty years in 2000–2005 are long too.
  const long = gaps.map(() => false);
  for (;;) {
    const kept = gaps.reduce((sum, g, i) => (long[i] ? sum : sum + g), 0);
    const i = gaps.findIndex(
      (g, j) =>
        !covered.some(([from, to]) => from <= points[j]! && points[j + 1]! <= to) &&
        !long[j] &&
        g > LONG_GAP_SHARE * kept &&
        g > LONG_GAP_TIMES_MEDIAN * median &&
        g > MIN_CUT_DAYS,
    );
    if (i < 0) break;
    long[i] = true;
  }
  const breakCount = long.filter(Boolean).length;
  const kept = gaps.reduce((sum, g, i) => (long[i] ? sum : sum + g), 0);
  const scale = kept > 0 ? Math.max(0, length - breakCount * BREAK_PIXELS) / kept : 0;
  // Position of each point, walking the gaps.
  const position = [0];
  const breaks: AxisBreak[] = [];
  gaps.forEach((g, i) => {
    const from = position[i]!;
    const to = from + (long[i] ? BREAK_PIXELS : g * scale);
    if (long[i]) breaks.push({ from, to, years: Math.round(g / 365.25) });
    position.push(to);
  });
  const at = (day: number): number => {
    if (points.length < 2 || day <= first) return 0;
    if (day >= last) return position.at(-1)!;
    let i = 0;
    while (points[i + 1]! < day) i++;
    const from = position[i]!;
    if (long[i]) return from + ((day - points[i]!) / gaps[i]!) * BREAK_PIXELS;
    return from + (day - points[i]!) * scale;
  };
  return { at, length: position.at(-1)!, breaks, scale, first, last };
}
