import { splitSentences } from "../../src/text/sentences.js";
import { eventDates } from "../../src/timeline/eventDates.js";
import { eventTerms } from "../../src/timeline/eventTerms.js";
import { findDateMentions } from "../../src/timeline/findDateMentions.js";
import {
  figuresDisagree,
  partsDisagree,
  periodPart,
  type PeriodPart,
} from "../../src/timeline/reportDetails.js";

/** What the measure needs of a timeline event: its date and its text as shown. */
export interface ShownEvent {
  readonly date: string;
  readonly end: string | null;
  readonly text: string;
}

/** Content-word families another report's sentence must share with the event, at least… */
const MIN_SHARED = 3;
/** …making up this share of the event's families (or of the sentence's, if it has fewer). */
const MIN_SHARE = 0.5;

/**
 * Whether a cited passage reports the event, decided mechanically so the bench can count:
 *
 * 1. the passage holds the event's sentence: every piece of the shown text (split at the "…"
 *    that marks a trim) occurs in the passage verbatim; or
 * 2. (another article's report of a merged event) one sentence of the passage names the same
 *    date — a date expression whose calendar value equals the event's date and end, narrowed to
 *    no other part of the period ("the middle of 2005" is not "the end of 2005") — and
 *    - shares at least {@link MIN_SHARED} content-word families with the event's text, making
 *      up at least {@link MIN_SHARE} of the smaller of the two (time words, numbers, titles and
 *      "said" aside: they are in every report),
 *    - writes, capitalised, at least one of the event's names (its capitalised words, stop
 *      words, titles and months aside) when its text has any: "general election" does not
 *      name General Motors,
 *    - states no figure that contradicts the event's (money or percentages of which none
 *      match).
 *
 * `bench/lib/mergeAudit.ts` checks this judge against pairs labelled by hand.
 */
export function passageReportsEvent(event: ShownEvent, passage: string): boolean {
  const pieces = event.text
    .split("…")
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (pieces.length > 0 && pieces.every((p) => passage.includes(p))) return true;
  const eventFamilies = new Set(eventTerms(event.text));
  const names = new Set(eventTerms(capitalised(event.text).join(" ")));
  const part = partOf(event.text, event);
  for (const sentence of splitSentences(passage)) {
    const end = dateIn(sentence.text, event);
    if (end === null || partsDisagree(part, periodPart(sentence.text.slice(0, end)))) continue;
    const families = new Set(eventTerms(sentence.text));
    const shared = [...eventFamilies].filter((f) => families.has(f));
    const needed = Math.max(MIN_SHARED, MIN_SHARE * Math.min(eventFamilies.size, families.size));
    if (shared.length < needed) continue;
    const written = new Set(eventTerms(capitalised(sentence.text).join(" ")));
    if (names.size > 0 && ![...names].some((f) => written.has(f))) continue;
    if (figuresDisagree(event.text, sentence.text)) continue;
    return true;
  }
  return false;
}

/** Where `text` names the event's date (the end of the expression), or null when it does not. */
function dateIn(text: string, event: ShownEvent): number | null {
  const dates = eventDates(text, findDateMentions(text, null));
  return dates.find((d) => d.date === event.date && d.end === event.end)?.stop ?? null;
}

/** The part of the period the event's own text narrows its date to. */
function partOf(text: string, event: ShownEvent): PeriodPart | null {
  const end = dateIn(text, event);
  return end === null ? null : periodPart(text.slice(0, end));
}

/**
 * Every capitalised word, the opening one too ("Collins ran…"; "The" and "In" fall away as
 * stop words): the names of an event, and where a passage may write them.
 */
function capitalised(text: string): string[] {
  return [...text.matchAll(/\p{Lu}[\p{L}’'-]*/gu)].map((m) => m[0]);
}
