import { daysInMonth, intervalOf, pad } from "./calendar.js";
import type { CalendarDate, DayInterval, Precision } from "./types.js";
import { MONTH_NAMES } from "../text/months.js";

/** A date a user typed, read as the days it covers. */
export interface DateBound {
  /** The date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly date: CalendarDate;
  readonly precision: Exclude<Precision, "range">;
  readonly interval: DayInterval;
}

/** Either the value, or a message the user can act on. */
export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());
const FORMS = "2024, 2024-04, April 2024 or 2024-04-01";

function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/u, "");
  if (w.length < 3) return null;
  const i = MONTHS.findIndex((m) => m.startsWith(w) || (w === "sept" && m === "september"));
  return i < 0 ? null : i + 1;
}

/**
 * Reads a date typed for a `from` or `to` option: `2024`, `2024-04`, `April 2024` (or `Apr
 * 2024`), `2024-04-01`, `1 April 2024` or `April 1, 2024`. `option` names the option in the
 * error message, which says what was wrong and which forms work.
 */
export function parseDateBound(input: string, option = "date"): Parsed<DateBound> {
  const text = input.trim().replace(/\s+/gu, " ");
  if (text === "") return fail(`\`${option}\` is empty: give a date such as ${FORMS}.`);
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/u.exec(text))) return build(option, text, Number(m[1]), null, null);
  if ((m = /^(\d{4})[-/](\d{1,2})$/u.exec(text)))
    return build(option, text, Number(m[1]), Number(m[2]), null);
  if ((m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/u.exec(text))) {
    return build(option, text, Number(m[1]), Number(m[2]), Number(m[3]));
  }
  if ((m = /^(\p{L}+\.?),? (\d{4})$/u.exec(text))) return named(option, text, m[1]!, null, m[2]!);
  if ((m = /^(\d{1,2})(?:st|nd|rd|th)? (\p{L}+\.?),? (\d{4})$/u.exec(text)))
    return named(option, text, m[2]!, m[1]!, m[3]!);
  if ((m = /^(\p{L}+\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/u.exec(text)))
    return named(option, text, m[1]!, m[2]!, m[3]!);
  if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/u.test(text)) {
    return fail(
      `\`${option}\`: "${text}" could be day-month or month-day; write it as 2024-04-01 or 1 April 2024.`,
    );
  }
  return fail(`\`${option}\`: "${text}" is not a date I can read; try ${FORMS}.`);
}

function named(
  option: string,
  text: string,
  monthWord: string,
  day: string | null,
  year: string,
): Parsed<DateBound> {
  const month = monthNumber(monthWord);
  if (month === null)
    return fail(`\`${option}\`: "${monthWord}" in "${text}" is not a month name; try ${FORMS}.`);
  return build(option, text, Number(year), month, day === null ? null : Number(day));
}

function build(
  option: string,
  text: string,
  year: number,
  month: number | null,
  day: number | null,
): Parsed<DateBound> {
  if (year < 1 || year > 9999) return fail(`\`${option}\`: ${year} is not a year I can place.`);
  if (month === null) return ok(pad(year, 4), "year");
  if (month < 1 || month > 12)
    return fail(`\`${option}\`: "${text}" has month ${month}; months run from 1 to 12.`);
  const ym = `${pad(year, 4)}-${pad(month)}`;
  if (day === null) return ok(ym, "month");
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return fail(
      `\`${option}\`: "${text}" has day ${day}, but ${MONTH_NAMES[month - 1]} ${year} has ${last} days.`,
    );
  }
  return ok(`${ym}-${pad(day)}`, "day");
}

function ok(date: CalendarDate, precision: DateBound["precision"]): Parsed<DateBound> {
  return { ok: true, value: { date, precision, interval: intervalOf(date) } };
}

function fail(error: string): Parsed<DateBound> {
  return { ok: false, error };
}
