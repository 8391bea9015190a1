/**
 * Checks on a number found as an amount or a count: whether it is a year, part of a name or a
 * code, where a range it ends begins, and which of the words after it are the counted thing.
 */
import { isFunctionWord } from "../quotes/nameLexicon.js";
import { verbFormTest } from "../text/irregular.js";
import { STOP_WORDS } from "../text/stopwords.js";
import { termOf } from "../text/tokens.js";

/** Whether a count starts with a year ("2005 in current"): a date, not an amount or count. */
export const isYear = (count: string): boolean =>
  /^(?:1[5-9]|20)\d\d$/u.test(count.split(/\s/u)[0] ?? "");

/**
 * Whether the number at `at` belongs to a name ("Metal Slug 3", "Opera 8.0"): it follows a
 * capitalised word that is not the sentence's opening word ("Around 50 commands").
 */
export function versionNumber(text: string, at: number, opening: number): boolean {
  const before = /(\p{Lu}[\p{L}\p{N}]*)\s+$/u.exec(text.slice(Math.max(0, at - 30), at));
  if (!before) return false;
  return at - before[0].length > opening && !isFunctionWord(before[1]!);
}

/** A regular verb form, which ends a count's counted thing ("jobs following" → "jobs"). */
const isRegularVerbForm = verbFormTest(["ed", "ing"], false);

/**
 * A count's trailing words, the counted thing only: up to the first stop word ("councils who"
 * → "councils"), up to a verb form after the noun ("jobs following" → "jobs"; "remaining
 * jobs" keeps both), and no further than the question's own word for the thing (`askedTerms`:
 * "jobs" in "how many jobs").
 */
export function trimTail(tail: string, askedTerms: ReadonlySet<string>): string {
  const words = tail.split(/(?=[- ])/u).map((w) => w.slice(1).toLowerCase());
  let end = words.findIndex((w, i) => STOP_WORDS.has(w) || (i > 0 && isRegularVerbForm(w)));
  if (end < 0) end = words.length;
  const named = words
    .slice(0, end)
    .findLastIndex((w) => w.length > 2 && askedTerms.has(termOf(w) ?? w));
  if (named >= 0) end = named + 1;
  return tail
    .split(/(?=[- ])/u)
    .slice(0, end)
    .join("");
}

/**
 * Whether the number at `at` (running to `end`) is part of a code, not an amount: "737-800",
 * "A320/321", "4-3-3" — joined by a hyphen or slash to a letter or digit on either side.
 */
export function inCode(text: string, at: number, end: number): boolean {
  return (
    /[\p{L}\p{N}][-/]$/u.test(text.slice(Math.max(0, at - 2), at)) ||
    /^[-/]\p{N}/u.test(text.slice(end, end + 2))
  );
}

/**
 * Where a range ends by the number `token` at `at` begins ("300" of "300-400"), or null: the
 * number before the hyphen is a plain one, no letter or code beside it, and smaller. A model
 * code as often counts up ("737-800") as down ("747-400"), so the caller takes a range only
 * when the counted thing or a unit follows it.
 */
export function rangeStart(text: string, at: number, token: string): number | null {
  const before = /(?<![\p{L}\p{N}/-])(\d[\d,]*)-$/u.exec(text.slice(Math.max(0, at - 12), at));
  const second = /^\d[\d,]*/u.exec(token)?.[0];
  if (!before || !second || /^[-/\p{L}\p{N}]/u.test(text.slice(at + second.length))) return null;
  const number = (s: string): number => Number(s.replaceAll(",", ""));
  return number(before[1]!) < number(second) ? at - before[0].length : null;
}

/**
 * Whether the number `count` found at `at` is an amount rather than a count: money ("£1bn",
 * "$20") or a share ("53%", "53 per cent"), which answer no "how many".
 */
export function isAmount(text: string, at: number, count: string): boolean {
  const number = /^[\d,.]+/u.exec(count)?.[0];
  if (number === undefined) return false;
  return (
    /[£$€¥]\s?$/u.test(text.slice(Math.max(0, at - 2), at)) ||
    /^\s?(?:%|per ?cent\b)/u.test(text.slice(at + number.length, at + number.length + 9))
  );
}
