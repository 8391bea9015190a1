import { dayToDate } from "./calendar.js";
import { chronoMentions } from "./chronoMentions.js";
import { patternMentions } from "./patternMentions.js";
import { resolveAnaphora } from "./referenceMentions.js";
import type { DateMention } from "./types.js";

/**
 * Words TIMEX3 spans keep in front of a date: "late November", "earlier this year", "the end
 * of 1990", "fiscal 1989", "nearly four years ago".
 */
const MODIFIER_BEFORE =
  /\b(?:(?:early|late|mid)[-\s]+|(?:the\s+)?(?:end|middle|beginning|start)\s+of\s+(?:the\s+)?)$/iu;
/**
 * "earlier in the year": TIMEX3 keeps the words, as "the year" alone is not where the text
 * points. Before a date that stands alone ("earlier this month") annotators differ, so the
 * span stays the date.
 */
const EARLIER_IN_BEFORE = /\b(?:earlier|later|early|late)\s+in\s+$/iu;
const FISCAL_BEFORE = /\bfiscal\s+$/iu;
const ABOUT_BEFORE = /\b(?:nearly|about|almost|some|roughly|more than|less than)\s+$/iu;
/** "over the last year" is a stretch of time, not a date; so is "for the past week". */
const DURATION_BEFORE = /\b(?:for|over|throughout|within|during|in)\s+the\s+$/iu;
const DURATION_START = /^(?:last|past|next|coming|previous|following)\b/iu;
/** "the past three years" counts time whatever comes before it. */
const COUNTED_SPAN =
  /^(?:the\s+)?(?:last|past|next|coming|previous|following)\s+(?:\d+|a few|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|\w+teen|twenty|thirty|forty|fifty)\s/iu;
/** "each Thursday", "every July": a repeating set of times, not a date. */
const SET_BEFORE = /\b(?:each|every)\s+$/iu;

/**
 * Every date expression in `text`, in text order, without overlaps. `published` (`YYYY-MM-DD`
 * or null) anchors relative expressions; without it only fully stated dates are returned.
 * Durations ("nearly four years", "a 20-year war") are never returned.
 */
export function findDateMentions(text: string, published: string | null): DateMention[] {
  const anchor = published ? dayToDate(published) : null;
  // Where two readings overlap the longer one wins ("the year-ago quarter" over chrono's "the
  // year"); on a tie chrono's, which comes first, stays.
  const candidates = [...chronoMentions(text, anchor), ...patternMentions(text, anchor)]
    .map((m, i) => ({ m, i }))
    .sort((a, b) => b.m.end - b.m.start - (a.m.end - a.m.start) || a.i - b.i)
    .map(({ m }) => m);
  const accepted: DateMention[] = [];
  for (const candidate of candidates) {
    if (accepted.some((m) => m.start < candidate.end && candidate.start < m.end)) continue;
    const before = text.slice(Math.max(0, candidate.start - 40), candidate.start);
    if (DURATION_START.test(candidate.text) && DURATION_BEFORE.test(before)) continue;
    if (COUNTED_SPAN.test(candidate.text) || SET_BEFORE.test(before)) continue;
    accepted.push(withModifier(text, candidate));
  }
  return resolveAnaphora(accepted.sort((a, b) => a.start - b.start));
}

function withModifier(text: string, mention: DateMention): DateMention {
  if (/^\d/u.test(mention.value) === false) return mention;
  const window = text.slice(Math.max(0, mention.start - 30), mention.start);
  let before = MODIFIER_BEFORE.exec(window)?.[0] ?? "";
  if (/^\d{4}$/u.test(mention.text)) {
    before ||= FISCAL_BEFORE.exec(window)?.[0] ?? "";
    before ||= /\b(?:pre|post)-$/iu.exec(window)?.[0] ?? "";
  }
  if (/\bago$/iu.test(mention.text)) before ||= ABOUT_BEFORE.exec(window)?.[0] ?? "";
  // "in" joins only a period named with "the": "earlier in the year", but "earlier in 2024".
  if (/^the\s/iu.test(mention.text)) before ||= EARLIER_IN_BEFORE.exec(window)?.[0] ?? "";
  if (/^(?:weekend|end of)\b/iu.test(mention.text))
    before ||= /\bthe\s+$/iu.exec(window)?.[0] ?? "";
  if (!before) return mention;
  const start = mention.start - before.length;
  return { ...mention, start, text: text.slice(start, mention.end) };
}
