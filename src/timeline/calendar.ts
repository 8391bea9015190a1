import type { CalendarDate, DayInterval } from "./types.js";

const DAY_MS = 86_400_000;

/** Zero-padded `n` to `width` digits. */
export function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** `YYYY-MM-DD` of a UTC date. */
export function isoDay(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The UTC midnight of `YYYY-MM-DD`, or null when it is not a real day. */
export function dayToDate(day: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(day);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return isoDay(date) === day ? date : null;
}

/** Number of days in a month (1-based). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `day` moved by `n` days. */
export function addDays(day: Date, n: number): Date {
  return new Date(day.getTime() + n * DAY_MS);
}

/**
 * The most recent `weekday` (0 = Sunday) on or before `anchor`: news reports past events, so
 * "on Thursday" in a story published on a Thursday means that very day.
 */
export function weekdayOnOrBefore(anchor: Date, weekday: number): Date {
  return addDays(anchor, -((anchor.getUTCDay() - weekday + 7) % 7));
}

/** The next `weekday` strictly after `anchor`, for a sentence that speaks of the future. */
export function weekdayAfter(anchor: Date, weekday: number): Date {
  return addDays(anchor, ((weekday - anchor.getUTCDay() + 6) % 7) + 1);
}

/** ISO 8601 week value (`YYYY-Www`) of a day. */
export function isoWeek(day: Date): string {
  const thursday = addDays(day, 3 - ((day.getUTCDay() + 6) % 7));
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${pad(week)}`;
}

/** The days a calendar date covers: `2024` → 1 Jan to 31 Dec 2024. */
export function intervalOf(date: CalendarDate): DayInterval {
  const [y, m, d] = date.split("-").map(Number);
  const year = y ?? 0;
  if (m === undefined) return { first: `${pad(year, 4)}-01-01`, last: `${pad(year, 4)}-12-31` };
  if (d === undefined) {
    return {
      first: `${pad(year, 4)}-${pad(m)}-01`,
      last: `${pad(year, 4)}-${pad(m)}-${pad(daysInMonth(year, m))}`,
    };
  }
  return { first: date, last: date };
}

/** The days an event covers, from the start of `date` to the end of `end` (or of `date`). */
export function spanOf(date: CalendarDate, end: CalendarDate | null): DayInterval {
  return { first: intervalOf(date).first, last: intervalOf(end ?? date).last };
}

/** True when `value` is a calendar date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  return /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u.test(value);
}
