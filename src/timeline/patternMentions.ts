import { pad } from "./calendar.js";
import { referenceMentions } from "./referenceMentions.js";
import type { DateMention } from "./types.js";

/**
 * Date expressions chrono-node leaves out, found with patterns: a year alone ("in 2021"), a pair
 * of years ("1996-2001"), decades ("the 1990s"), seasons ("last fall"), quarters ("the third
 * quarter"); see also {@link referenceMentions}.
 */
export function patternMentions(text: string, anchor: Date | null): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(YEAR)) {
    const year = m[1] ?? "";
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    if (NOT_A_YEAR_AFTER.test(after) || /[$£€#\d.,:/]\s?$/u.test(before)) continue;
    const end = m.index + m[0].length;
    out.push(mention(text, m.index, m.index + year.length, year, false));
    const second = m[2];
    // "1996-97" means 1997: the short form keeps the century of the first year.
    const full = second?.length === 2 ? year.slice(0, 2) + second : second;
    if (second !== undefined && full !== undefined && full > year) {
      out.push(mention(text, end - second.length, end, full, false));
    }
  }
  for (const m of text.matchAll(SPELLED_YEAR)) {
    const value = spelledYear(m[0]);
    if (value) out.push(mention(text, m.index, m.index + m[0].length, value, false));
  }
  for (const m of text.matchAll(DECADE)) {
    const decade = m[1] ? m[1].slice(0, 3) : m[2] ? `19${m[2].slice(0, 1)}` : null;
    if (decade) out.push(mention(text, m.index, m.index + m[0].length, decade, false));
  }
  if (!anchor) return out;
  const year = anchor.getUTCFullYear();
  for (const m of text.matchAll(QUARTER)) {
    const n = QUARTERS[(m[1] ?? "").toLowerCase()] ?? 1;
    const stated = m[2];
    // A quarter named without a year is the latest one of that number up to publication.
    const current = Math.floor(anchor.getUTCMonth() / 3) + 1;
    const y = stated ? Number(stated) : n <= current ? year : year - 1;
    out.push(mention(text, m.index, m.index + m[0].length, `${pad(y, 4)}-Q${n}`, !stated));
  }
  for (const m of text.matchAll(SEASON)) {
    const shift = /last|past/iu.test(m[1] ?? "") ? -1 : /next/iu.test(m[1] ?? "") ? 1 : 0;
    const code = SEASONS[(m[2] ?? "").toLowerCase()] ?? "SU";
    out.push(
      mention(text, m.index, m.index + m[0].length, `${pad(year + shift, 4)}-${code}`, true),
    );
  }
  for (const m of text.matchAll(MONTH_OF_YEAR)) {
    const month = MONTH_NAMES.indexOf((m[1] ?? "").slice(0, 3).toLowerCase()) + 1;
    const shift = /last/iu.test(m[2] ?? "") ? -1 : /next/iu.test(m[2] ?? "") ? 1 : 0;
    const value = `${pad(year + shift, 4)}-${pad(month)}`;
    out.push(mention(text, m.index, m.index + m[0].length, value, true));
  }
  out.push(...referenceMentions(text, anchor));
  return out;
}

const UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TEENS = [
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** "nineteen ninety-six" → "1996", "the year two thousand" → "2000": as read out on air. */
function spelledYear(words: string): string | null {
  const w = words
    .toLowerCase()
    .replace(/^the year\s+/u, "")
    .split(/[\s-]+/u);
  if (w[0] === "two" && w[1] === "thousand") {
    const rest = w.slice(2).filter((x) => x !== "and");
    return String(2000 + (rest.length ? UNITS.indexOf(rest[0] ?? "") : 0));
  }
  const century = TEENS.indexOf(w[0] ?? "") + 10;
  const tens = TENS.indexOf(w[1] ?? "");
  if (century < 10 || tens < 2) return null;
  const units = w[2] ? UNITS.indexOf(w[2]) : 0;
  return units < 0 ? null : String(century * 100 + tens * 10 + units);
}

function mention(
  text: string,
  start: number,
  end: number,
  value: string,
  inferred: boolean,
): DateMention {
  return { start, end, text: text.slice(start, end), value, kind: "date", inferred };
}

/** A four-digit year, optionally with a second one after a dash ("1996-2001", "1996–97"). */
const YEAR =
  /(?<![\w'’-])(1[6-9]\d\d|20\d\d)(?:\s?[-–]\s?(\d\d(?:\d\d)?))?(?![\w'’]|[-–]\w|[.,]\d)/gu;
/** Counted things: "2000 people" is a number, not a year. */
const NOT_A_YEAR_AFTER =
  /^\s*(?:%|(?:percent|per cent|GMT|BST|UTC|EST|EDT|CET|hrs|local time|people|persons|troops|soldiers|men|women|children|workers|jobs|employees|staff|members|shares|miles|km|kilomet|metres|meters|feet|tons|tonnes|barrels|votes|seats|points|yards|homes|houses|acres|pounds|dollars|euros|words|pages|units|cars|calories|hours|minutes|pupils|students|patients|cases|deaths)\b)/iu;
const SPELLED_YEAR =
  /\b(?:(?:the year\s+|(?<=\b(?:in|by|since|until)\s))two thousand(?:\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine))?|(?:nineteen|eighteen)[\s-](?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)\b/giu;
const MONTH_NAMES = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
];
/** "June last year": chrono reads only "June"; the year is in the words after it. */
const MONTH_OF_YEAR =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(last|this|next)\s+year\b/gu;
const DECADE =
  /(?<![\w'’])(?:(?:the\s+)?(?:early|mid|late)[-\s]?)?(?:(1[6-9]\d0|20\d0)s|['’](\d0)s)\b/giu;
const QUARTERS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
};
const QUARTER =
  /\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter(?:\s+of\s+(\d{4}))?\b/giu;
const SEASONS: Readonly<Record<string, string>> = {
  spring: "SP",
  summer: "SU",
  fall: "FA",
  autumn: "FA",
  winter: "WI",
};
const SEASON = /\b(last|this|next|past)\s+(spring|summer|fall|autumn|winter)\b/giu;
