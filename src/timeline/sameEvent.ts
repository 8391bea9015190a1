import { figuresDisagree, partInText, partsDisagree } from "./reportDetails.js";
import type { DatedEvent } from "./types.js";

/** Content-word families two reports must share, at least, to be one event. */
export const MIN_SHARED_TERMS = 3;
/** …and the share of the shorter report's families they must make up. */
export const MIN_OVERLAP = 0.5;

/** The date of an event as one key: `2003`, `2003-10-25`, `1996/2001` for a range. */
export function dateKey(event: Pick<DatedEvent, "date" | "end">): string {
  return event.end === null ? event.date : `${event.date}/${event.end}`;
}

/**
 * True when `b` reports the same happening as `lead`, the report an entry is shown by. A shared
 * date is never enough. Both must give the same date (exact: "2003" and "October 2003" may be
 * two events), the same status (happened or expected), and then either
 * - the same text (one story carried twice), or
 * - the same actors and action: at least {@link MIN_SHARED_TERMS} shared content-word families
 *   (time words, numbers, titles and reporting verbs aside) making up {@link MIN_OVERLAP} of the
 *   shorter report, and each report's subject (its sentence's first name, or after a reporting
 *   verb that the report was cut at, its own first name) among the other's names — written as a name there, not as a common word ("General Motors" is not the
 *   "general election") — a lead that names no one is joined only by the same text; and no
 *   detail that tells them apart: the same part of the period ("the end of 2005" is not "the
 *   middle of 2005") and no contradicting figure ($45bn of one thing is not $445.1bn of
 *   another);
 * or `b` is the sentence of the lead's paragraph whose day dated the lead's news peg (see
 * `pegEvent`), which is the same report by construction.
 */
export function sameEvent(lead: DatedEvent, b: DatedEvent): boolean {
  if (lead.date !== b.date || lead.end !== b.end || lead.status !== b.status) return false;
  if (lead.text === b.text) return true;
  if (
    lead.articleId === b.articleId &&
    lead.paragraph === b.paragraph &&
    (lead.expression === null || b.expression === null)
  )
    return true;
  const other = new Set(b.terms);
  const shared = lead.terms.filter((t) => other.has(t));
  if (
    shared.length <
    Math.max(MIN_SHARED_TERMS, MIN_OVERLAP * Math.min(lead.terms.length, b.terms.length))
  )
    return false;
  // The same actors: each report's subject is a name of the other.
  const subject = subjectOf(lead);
  if (subject === undefined || !b.names.includes(subject)) return false;
  const bSubject = subjectOf(b);
  if (bSubject !== undefined && !lead.names.includes(bSubject)) return false;
  return (
    !partsDisagree(partInText(lead.text, lead.expression), partInText(b.text, b.expression)) &&
    !figuresDisagree(lead.text, b.text)
  );
}

/** A report cut after its sentence's reporting verb: "…says Lord Goldsmith warned…". */
const AFTER_REPORTING_VERB =
  /^…\s*(?:says|said|claims|claimed|reports|reported|told|tells|believes|argues|adds|added)\b/iu;

/**
 * A report's subject: its sentence's first name, except where the report was cut after a
 * reporting verb — there whoever reports it ("Philippe Sands QC… says") does not stand for
 * who did it, and the first name among the report's own words does.
 */
function subjectOf(event: DatedEvent): string | undefined {
  if (!AFTER_REPORTING_VERB.test(event.text)) return event.names[0];
  const names = new Set(event.names);
  return event.terms.find((t) => names.has(t)) ?? event.names[0];
}
