import { isoDay, pad } from "./calendar.js";
import type { DateMention } from "./types.js";

/**
 * Expressions whose value TimeML takes from the document's time rather than from the words:
 * "now", "recently", "the future" (the `*_REF` values), "the year", "the quarter", "a year
 * earlier". Their values here are first guesses; {@link resolveAnaphora} refines the ones
 * that point back at a period named earlier in the text.
 */
export function referenceMentions(text: string, anchor: Date): DateMention[] {
  const out: DateMention[] = [];
  const year = anchor.getUTCFullYear();
  // Reports of results speak of the last finished quarter.
  const quarter = Math.floor(anchor.getUTCMonth() / 3);
  const lastQuarter = quarter === 0 ? `${pad(year - 1, 4)}-Q4` : `${pad(year, 4)}-Q${quarter}`;
  const values: ReadonlyArray<readonly [RegExp, string]> = [
    [
      /\b(?:right now|now|currently|nowadays|at present|at the moment|these days)\b/giu,
      "PRESENT_REF",
    ],
    [/\bcurrent(?!\s+(?:account|affairs|events?|electric|flows?)\b)(?=\s+\p{L})/giu, "PRESENT_REF"],
    [
      /\b(?:recent\s+(?:years|months|weeks|days|times)|recently|previously|lately|recent)\b|\bthe past(?=\s*[,.;)]|\s*$)|(?<=\bin\s)the past\b(?!\s+(?:\d|(?:few|several|couple|two|three|four|five|six|seven|eight|nine|ten|twelve|\w+teen|twenty|thirty|fifty|hundred|days?|weeks?|months?|years?|decades?|quarters?|centur(?:y|ies)|hours?|weekend|generation)\b))/giu,
      "PAST_REF",
    ],
    [
      /\bthe\s+(?:near\s+)?future\b|\bfuture(?=\s+\p{L})|\bsoon\b(?!\s+(?:as|after)\b)(?<!\bas soon)/giu,
      "FUTURE_REF",
    ],
    [
      /\bthe\s+(?:full\s+|current\s+|fiscal\s+)*year\b(?![-\s]+(?:ago|earlier|before|ended|ending))/giu,
      pad(year, 4),
    ],
    [/\b(?:the|this)\s+(?:latest\s+|recent\s+|current\s+)?(?:quarter|period)\b/giu, lastQuarter],
    // "earlier in the day": the day of writing.
    [/(?<=\b(?:earlier|later|early|late)\s+in\s+)the\s+day\b/giu, isoDay(anchor)],
    // "the" belongs to the span only with the noun: "the year-ago quarter" but "year-ago" results.
    [
      /\b(?:the\s+)?year[-\s](?:ago|earlier)\s+(?:period|quarter)\b|\byear-(?:ago|earlier)\b|\b(?:a|one) year (?:ago|earlier|before)\b/giu,
      pad(year - 1, 4),
    ],
  ];
  for (const [pattern, value] of values) {
    for (const m of text.matchAll(pattern)) {
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        value,
        kind: "date",
        inferred: true,
      });
    }
  }
  return out;
}

const BACK_A_YEAR = /\byear[-\s](?:ago|earlier)\b|\b(?:a|one) year (?:ago|earlier|before)\b/iu;
const THE_PERIOD = /^(?:the|this)\s+(?:latest\s+|recent\s+|current\s+)?(?:quarter|period)$/iu;

/**
 * Reads mentions in text order and lets "the quarter" take the quarter last named, and "a year
 * earlier" the same quarter a year before, as a reader of a results story would.
 */
export function resolveAnaphora(mentions: readonly DateMention[]): DateMention[] {
  let quarter: string | null = null;
  return mentions.map((m) => {
    if (/^\d{4}-Q\d$/u.test(m.value) && !THE_PERIOD.test(m.text) && !BACK_A_YEAR.test(m.text)) {
      quarter = m.value;
      return m;
    }
    if (quarter && THE_PERIOD.test(m.text)) return { ...m, value: quarter };
    if (quarter && BACK_A_YEAR.test(m.text)) {
      return { ...m, value: `${pad(Number(quarter.slice(0, 4)) - 1, 4)}${quarter.slice(4)}` };
    }
    return m;
  });
}
