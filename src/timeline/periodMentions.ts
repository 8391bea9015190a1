import { spelledYear } from "./spelledYear.js";
import { pad } from "./calendar.js";
import type { DateMention } from "./types.js";

/**
 * Named periods that neither chrono-node nor the year patterns read: the end of a year
 * ("by year-end"), centuries ("the 20th century" → `19`), decades in words ("the nineties"),
 * half years ("the first half of 1990" → `1990-H1`), seasons ("the summer", "this past spring",
 * "the winter of 1994") and "May" after "last", "this" or "next" (chrono leaves a bare "May"
 * alone, since it is also a verb). `anchor` (publication day, UTC midnight) places the ones
 * that state no year.
 */
export function periodMentions(text: string, anchor: Date | null): DateMention[] {
  const out: DateMention[] = [];
  const add = (m: RegExpMatchArray, value: string, inferred: boolean): void => {
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, text: m[0], value, kind: "date", inferred });
  };
  for (const m of text.matchAll(CENTURY)) {
    const n = Number(m[1]) || ORDINALS.indexOf((m[2] ?? "").toLowerCase()) + 1;
    if (n > 0 && n <= 21) add(m, pad(n - 1), false);
  }
  for (const m of text.matchAll(SPELLED_DECADE)) {
    add(m, `19${DECADES.indexOf((m[1] ?? "").toLowerCase()) + 2}`, false);
  }
  if (!anchor) return out;
  const year = anchor.getUTCFullYear();
  const month = anchor.getUTCMonth() + 1;
  for (const m of text.matchAll(YEAR_END)) {
    // "since year-end" looks back to the last one; otherwise it is the end of this year.
    const back = /\bsince\s+$/iu.test(text.slice(Math.max(0, (m.index ?? 0) - 6), m.index));
    add(m, pad(back ? year - 1 : year, 4), true);
  }
  for (const m of text.matchAll(HALF)) {
    const n = /first/iu.test(m[1] ?? "") ? 1 : 2;
    const stated = m[2] ? Number(m[2]) : null;
    const shift = /last/iu.test(m[3] ?? "") ? -1 : /next/iu.test(m[3] ?? "") ? 1 : 0;
    // A half named without a year is the latest one of that number up to publication.
    const y = stated ?? (m[3] ? year + shift : n === 2 && month <= 6 ? year - 1 : year);
    add(m, `${pad(y, 4)}-H${n}`, stated === null);
  }
  for (const m of text.matchAll(SEASON)) {
    const code = SEASONS[(m[3] ?? "").toLowerCase()] ?? "SU";
    const stated = m[4] ?? spelled(m[5]);
    const before = text.slice(Math.max(0, (m.index ?? 0) - 8), m.index);
    const inPeriod = /\b(?:in|during|by|until|since|over|through)\s+$/iu.test(before);
    // A season needs words that make it a time: "summer sales" and "the fall of Rome" are not.
    if (!m[1] && !stated && !inPeriod) continue;
    if (/^fall$/iu.test(m[3] ?? "") && !m[1] && !stated) {
      if (!m[2] || /^\s+(?:of|in)\b/iu.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    }
    const deixis = (m[1] ?? "").toLowerCase();
    const y = stated ? Number(stated) : seasonYear(deixis, code, year, month);
    add(m, `${pad(y, 4)}-${code}`, !stated);
  }
  for (const m of text.matchAll(DEICTIC_MAY)) {
    const deixis = (m[1] ?? "").toLowerCase();
    // "last May" is the latest May before the month of writing; "next May" the first after.
    const y =
      deixis === "last"
        ? month > 5
          ? year
          : year - 1
        : deixis === "this"
          ? year
          : month < 5
            ? year
            : year + 1;
    add(m, `${pad(y, 4)}-05`, true);
  }
  return out;
}

/** The year of a season said with "last", "this past", "next" or nothing, from the month of writing. */
function seasonYear(deixis: string, code: string, year: number, month: number): number {
  // Winter is filed under the year of its December; it ends in the next year's February.
  const [first, last] = SEASON_MONTHS[code] ?? [6, 8];
  // "last spring" is the spring of last year, as "last year" is; "this past spring" the latest.
  if (deixis === "last") return year - 1;
  if (/past/u.test(deixis))
    return code === "WI" ? year - (month > last ? 1 : 2) : month > last ? year : year - 1;
  if (/next|coming/u.test(deixis)) return month < first ? year : year + 1;
  return year;
}

function spelled(words: string | undefined): string | null {
  return words ? spelledYear(words) : null;
}

const DECADES = [
  "twenties",
  "thirties",
  "forties",
  "fifties",
  "sixties",
  "seventies",
  "eighties",
  "nineties",
];
const TENS_WORD = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
const ORDINALS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
  "twentieth",
  "twenty-first",
];
const SEASONS: Readonly<Record<string, string>> = {
  spring: "SP",
  summer: "SU",
  fall: "FA",
  autumn: "FA",
  winter: "WI",
};
/** First and last month of each season. */
const SEASON_MONTHS: Readonly<Record<string, readonly [number, number]>> = {
  SP: [3, 5],
  SU: [6, 8],
  FA: [9, 11],
  WI: [12, 2],
};

const CENTURY = new RegExp(
  `\\b(?:the\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)|(${ORDINALS.join("|")}))[-\\s]century\\b(?![-\\s]+(?:old|fox)\\b)`,
  "giu",
);
/** "the nineties" (a decade of the 1900s); "in her forties" is an age, so "the" is required. */
const SPELLED_DECADE = new RegExp(
  `\\bthe\\s+(?:(?:early|late|mid)[-\\s]+)?(?:nineteen[-\\s])?(${DECADES.slice(1).join("|")})\\b`,
  "giu",
);
const YEAR_END = /\b(?:(?:the\s+)?year[-\s]end|year['’]s\s+end)\b/giu;
const HALF =
  /\b(?:the\s+)?(first|second|last|latter)\s+half(?:\s+of\s+(?:(\d{4})\b|(this|last|next)\s+year\b|the\s+year\b))?(?!\s+of\s)/giu;
/**
 * Seasons, with "last", "this", "next", "this past" or "the" kept in the span, and "of" and a
 * year after ("the winter of 1994").
 */
const SEASON = new RegExp(
  `(?:\\b(last|this past|past|this|next|coming)\\s+|\\b(the)\\s+(?:(?:early|late|mid)[-\\s]?)?)?\\b(spring|summer|fall|autumn|winter)\\b(?:\\s+of\\s+(?:(\\d{4})\\b|((?:nineteen|eighteen)[\\s-]${TENS_WORD}(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?)\\b))?`,
  "giu",
);
const DEICTIC_MAY = /\b(last|this|next|coming)\s+May\b/gu;
