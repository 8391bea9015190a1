import { spelledYear } from "./spelledYear.js";
import { pad } from "./calendar.js";
import { periodMentions } from "./periodMentions.js";
import { referenceMentions } from "./referenceMentions.js";
import type { DateMention } from "./types.js";

/**
 * Date expressions chrono-node leaves out, found with patterns: a year alone ("in 2021"), a pair
 * of years ("1996-2001"), decades ("the 1990s") and quarters ("the third quarter"); see also
 * {@link periodMentions} and {@link referenceMentions}.
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
  out.push(...periodMentions(text, anchor));
  for (const m of text.matchAll(DECADE)) {
    const decade = m[1] ? m[1].slice(0, 3) : m[2] ? `19${m[2].slice(0, 1)}` : null;
    if (decade) out.push(mention(text, m.index, m.index + m[0].length, decade, false));
  }
  if (!anchor) return out;
  const year = anchor.getUTCFullYear();
  for (const m of text.matchAll(QUARTER)) {
    const n = QUARTERS[(m[4] ?? "").toLowerCase()] ?? 1;
    const stated = m[5] ?? m[1];
    // A quarter named without a year is the latest one of that number up to publication;
    // "this year's", "last year's" and "year-ago" name the year.
    const current = Math.floor(anchor.getUTCMonth() / 3) + 1;
    const latest = n <= current ? year : year - 1;
    const named = m[2] ? year + ({ last: -1, next: 1 }[m[2].toLowerCase()] ?? 0) : null;
    const y = stated ? Number(stated) : (named ?? (m[3] ? latest - 1 : latest));
    out.push(mention(text, m.index, m.index + m[0].length, `${pad(y, 4)}-Q${n}`, !stated));
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

function mention(
  text: string,
  start: number,
  end: number,
  value: string,
  inferred: boolean,
): DateMention {
  return { start, end, text: text.slice(start, end), value, kind: "date", inferred };
}

/**
 * A four-digit year, optionally with a second one after a dash ("1996-2001", "1996–97"); after a
 * hyphen only in "mid-1996", "pre-1990", "post-1959".
 */
const YEAR =
  /(?<![\w'’]|(?<!\b(?:mid|pre|post))-)(1[6-9]\d\d|20\d\d)(?:\s?[-–]\s?(\d\d(?:\d\d)?))?(?![\w'’]|[-–]\w|[.,]\d)/gu;
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
/**
 * "the third quarter", "the fiscal first quarter", "the 1988 second quarter", "this year's third
 * quarter", "the year-ago third quarter", "the first quarter of 1990".
 */
const QUARTER =
  /\b(?:the\s+)?(?:(\d{4})\s+|(this|last|next)\s+year['’]s\s+|(year[-\s](?:ago|earlier))\s+)?(?:fiscal[-\s]+)?(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter(?:\s+of\s+(\d{4}))?\b/giu;
