import { splitSentences } from "../../src/text/sentences.js";
import { termFamilies } from "../../src/timeline/eventTerms.js";
import { terms } from "../../src/text/tokens.js";
import { eventDates } from "../../src/timeline/eventDates.js";
import { findDateMentions } from "../../src/timeline/findDateMentions.js";

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
 *    date — a date expression whose calendar value equals the event's date and end — and shares
 *    at least {@link MIN_SHARED} content-word families with the event's text, making up at least
 *    {@link MIN_SHARE} of the smaller of the two, among them at least one of the event's names
 *    (capitalised words not opening the text) when its text has any.
 *
 * A report of the same date about something else (another company's profits "in 2003") fails
 * test 2 for want of shared names and words.
 */
export function passageReportsEvent(event: ShownEvent, passage: string): boolean {
  const pieces = event.text
    .split("…")
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (pieces.length > 0 && pieces.every((p) => passage.includes(p))) return true;
  const eventFamilies = familiesOf(event.text);
  const names = familiesOf(namesOf(event.text).join(" "));
  for (const sentence of splitSentences(passage)) {
    const dates = eventDates(sentence.text, findDateMentions(sentence.text, null));
    if (!dates.some((d) => d.date === event.date && d.end === event.end)) continue;
    const families = familiesOf(sentence.text);
    const shared = [...eventFamilies].filter((f) => families.has(f));
    const needed = Math.max(MIN_SHARED, MIN_SHARE * Math.min(eventFamilies.size, families.size));
    if (shared.length < needed) continue;
    if (names.size > 0 && !shared.some((f) => names.has(f))) continue;
    return true;
  }
  return false;
}

/** Capitalised words that do not open a sentence or clause: names, roughly. */
export function namesOf(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(/(?<=[\p{L}\p{N},;:'’)]\s+)\p{Lu}[\p{L}’'-]*/gu)) {
    out.push(match[0]);
  }
  return out;
}

/** Content-word families, numbers aside (month names kept: they are words of the report too). */
function familiesOf(text: string): Set<string> {
  return termFamilies(terms(text));
}
