import type { ParsedComponents, ParsedResult } from "chrono-node";
import { chronoResults } from "./chronoResults.js";
import { resolveComponents, speaksOfFuture } from "./resolveComponents.js";
import type { DateMention } from "./types.js";

/**
 * Words that make an expression relative to the time of writing. chrono reports the year of
 * "last year" as known, but it was computed from the anchor, so the mention is inferred.
 */
const RELATIVE =
  /\b(?:ago|last|next|this|coming|past|previous|yesterday|today|tomorrow|tonight|now|later|earlier|week|weekend)\b/iu;
/** Punctuation and prepositions chrono keeps at the front of a match ("on Thursday"); TIMEX3 spans leave them out. */
const LEADING =
  /^[\s,;]*(?:(?:on|in|at|by|since|from|until|till|during|for|before|after|of|as of)\s+)*/iu;
const TRAILING = /[\s,.;:]+$/u;
/**
 * A stretch of time ("two weeks", "within a year", "three days later"): chrono reads it as a
 * date counted from the anchor, but it states how long, or when relative to another event.
 */
const BARE_DURATION =
  /^(?:within\s+)?(?:(?:about|nearly|almost|some|over|around|more than|less than|barely|just)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|a couple of|a few|several|few)\s+(?:\w+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)(?:\s+(?:later|earlier|after|before|or so))?$/iu;
/**
 * Dates counted from another event ("the day after the vote", "the following year"): the
 * publication date does not place them, so their value is unknown, as TimeML writes it.
 */
/**
 * "a few years ago", "several months ago", "past years": an uncounted stretch back places nothing
 * on the calendar, only in the past (chrono counts "a few" as three).
 */
const VAGUE_PAST =
  /^(?:(?:a few|few|several|many|some)\s+(?:days|weeks|months|years|decades)\s+(?:ago|earlier|before)|(?:past|recent)\s+(?:days|weeks|months|years))$/iu;
const PART_OF_DAY = /\b(?:night|morning|evening|afternoon)\b/iu;
const EVENT_RELATIVE =
  /^(?:the\s+)?(?:days?|weeks?|months?|years?)\s+(?:after|before)$|^the\s+(?:following|next|previous|same)\s+(?:day|week|month|year)$/iu;

/** "since March": what follows "since" has begun, so it lies before the time of writing. */
const SINCE = /\bsince\s+(?:early\s+|late\s+|mid-?)?$/iu;

/**
 * chrono reads "in the year" as a year from now ("in a year"); with "the" it names the period
 * the text is in, which {@link referenceMentions} values.
 */
const WITHIN_THE = /^(?:in|within)\s+the\s+(?:day|week|month|year)$/iu;
/**
 * Date mentions chrono-node finds in `text`, normalised against `anchor` (the publication date
 * at UTC midnight, or null when unknown: then only fully stated dates are kept, because a
 * relative one cannot be resolved).
 */
export function chronoMentions(text: string, anchor: Date | null): DateMention[] {
  const reference = anchor
    ? new Date(anchor.getTime() + 12 * 3_600_000)
    : new Date(Date.UTC(2000, 0, 1, 12));
  const mentions: DateMention[] = [];
  for (const result of chronoResults(text, reference)) {
    if (WITHIN_THE.test(result.text)) continue;
    for (const part of splitRange(result)) {
      const mention = toMention(text, part.start, part.end, part.components, anchor);
      if (mention) mentions.push(mention);
    }
  }
  return mentions;
}

interface Part {
  readonly start: number;
  readonly end: number;
  readonly components: ParsedComponents;
}

/** A chrono range ("March 5 to 8") becomes two mentions, as TIMEX3 annotates each end. */
function splitRange(result: ParsedResult): Part[] {
  const start = result.index;
  const end = result.index + result.text.length;
  if (!result.end) return [{ start, end, components: result.start }];
  const connector = /\s*(?:-|–|—|\bto\b|\buntil\b|\bthrough\b|\bthru\b|\band\b)\s*/iu.exec(
    result.text,
  );
  if (!connector) return [{ start, end, components: result.start }];
  const cut = start + connector.index;
  return [
    { start, end: cut, components: result.start },
    { start: cut + connector[0].length, end, components: result.end },
  ];
}

function toMention(
  text: string,
  rawStart: number,
  rawEnd: number,
  c: ParsedComponents,
  anchor: Date | null,
): DateMention | null {
  let start = rawStart + (LEADING.exec(text.slice(rawStart, rawEnd))?.[0].length ?? 0);
  const end = rawEnd - (TRAILING.exec(text.slice(start, rawEnd))?.[0].length ?? 0);
  if (end <= start) return null;
  const bare = text.slice(start, end);
  if (notAWeekday(text, bare, end)) return null;
  const yearBack = /^(?:a|one) year (?:earlier|before)$/iu.test(bare);
  if ((BARE_DURATION.test(bare) && !yearBack) || /^(?:may|march)$/u.test(bare)) return null;
  // "2 1/2 years": chrono reads the fraction as a day of a month.
  if (/^\d+\/\d+$/u.test(bare) && /\d\s$/u.test(text.slice(Math.max(0, start - 2), start)))
    return null;
  // chrono leaves "last" out of "last April"; TIMEX3 keeps it, and it fixes the year.
  const monthOnly = c.isCertain("month") && !c.isCertain("day") && !c.isCertain("year");
  const deictic = monthOnly
    ? /\b(last|this|next|coming)\s+$/iu.exec(text.slice(Math.max(0, start - 8), start))
    : null;
  if (deictic) start -= deictic[0].length;
  const written = text.slice(start, end);
  // chrono marks "last year" and "the day after" as known years: its tags tell they were counted.
  const relative = RELATIVE.test(written) || [...c.tags()].some((t) => /relative|casual/iu.test(t));
  if (!anchor && (relative || !c.isCertain("year"))) return null;
  const now = /^(?:right\s+)?now$/iu.test(written);
  // A clock time makes a TIME; a part of a named day ("Wednesday night") stays a DATE of that
  // day, as TempEval's annotators mostly wrote it.
  const clock = /\d/u.test(written) && c.isCertain("hour");
  const partOfNamedDay =
    !clock && PART_OF_DAY.test(written) && !/^(?:tonight|this)\b/iu.test(written);
  const reading = {
    components: c,
    written,
    relative,
    deictic: deictic?.[1]?.toLowerCase() ?? null,
    future: speaksOfFuture(text, rawStart),
    past: SINCE.test(text.slice(Math.max(0, start - 12), start)),
  };
  const value = now
    ? "PRESENT_REF"
    : VAGUE_PAST.test(written)
      ? "PAST_REF"
      : EVENT_RELATIVE.test(written)
        ? "XXXX-XX-XX"
        : resolveComponents(reading, anchor);
  if (value === null) return null;
  const timeOfDay =
    !partOfNamedDay &&
    (clock ||
      c.isCertain("hour") ||
      /\b(?:night|morning|evening|afternoon|noon|midnight)\b/iu.test(written));
  return {
    start,
    end,
    text: written,
    value,
    kind: timeOfDay && !now ? "time" : "date",
    inferred: relative || !c.isCertain("year"),
  };
}

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/iu;
const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iu;

/**
 * "Sun" is a newspaper more often than a Sunday, and "Sunday Times" or "Monday Night Football"
 * are names: a weekday word followed by a capitalised word (other than a month) is not a date.
 */
function notAWeekday(text: string, bare: string, end: number): boolean {
  if (/^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/iu.test(bare)) return true;
  if (!WEEKDAY.test(bare)) return false;
  const next = /^\s+(\p{Lu}\p{L}*)/u.exec(text.slice(end))?.[1];
  return next !== undefined && !MONTH_WORD.test(next);
}
