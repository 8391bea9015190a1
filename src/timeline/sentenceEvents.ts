import type { EventDate } from "./eventDates.js";
import { eventText } from "./eventText.js";

/** A sentence naming this many separate dates (ranges count once) lists them: no one event. */
export const LIST_DATES = 3;

/**
 * What follows a year that makes it a label rather than a date: "the 2005 model", "2004-05
 * season" (read as a range), "2006 models".
 */
const LABEL_AFTER = /^\s*(?:models?|model[-\s]year)\b/iu;
/** What precedes a number that makes it an age or a count, not a year: "aged 1990"-like slips. */
const NOT_A_DATE_BEFORE = /\b(?:aged|age|ages|number|no\.|model|version|route|flight|room)\s+$/iu;

/** A year next to another year in a list: "1998, 2001 and 2003", "in 2002 or 2003". */
const LIST_AFTER = /^(?:,\s*|\s+(?:and|or|&)\s+)(?:19|20)\d\d\b/u;
const LIST_BEFORE = /\b(?:19|20)\d\d(?:,\s*|\s+(?:and|or|&)\s+)$/u;

/** One event a sentence states: its date and the text shown for it. */
export interface SentenceEvent {
  readonly date: EventDate;
  readonly text: string;
}

/**
 * The events one sentence states, from the dates found in it. A sentence is one report, so it
 * appears once on a timeline: when two of its dates would show the same text, only the first is
 * kept (a long sentence cut to a different clause for each date keeps both). A sentence naming
 * {@link LIST_DATES} or more separate dates is a list, not an event report; so is a year next to
 * other years ("champions in 1998, 2001 and 2003"); years used as labels ("the 2005 model") or
 * after "aged" are not dates.
 */
export function sentenceEvents(sentence: string, dates: readonly EventDate[]): SentenceEvent[] {
  const real = dates.filter(
    (d) =>
      !LABEL_AFTER.test(sentence.slice(d.stop, d.stop + 12)) &&
      !NOT_A_DATE_BEFORE.test(sentence.slice(Math.max(0, d.start - 12), d.start)) &&
      !LIST_AFTER.test(sentence.slice(d.stop, d.stop + 12)) &&
      !LIST_BEFORE.test(sentence.slice(Math.max(0, d.start - 12), d.start)),
  );
  if (real.length >= LIST_DATES) return [];
  const out: SentenceEvent[] = [];
  for (const date of real) {
    const text = eventText(sentence, date.start, date.stop);
    if (!out.some((e) => e.text === text)) out.push({ date, text });
  }
  return out;
}
