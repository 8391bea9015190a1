import { figuresDisagree, partInText, partsDisagree } from "./reportDetails.js";
import { eventTerms } from "./eventTerms.js";
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
 *   shorter report, and one of each report's subjects (see `subjectsOf`) among the other's
 *   names — written as a name there, not as a common word ("General Motors" is not the
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
  const subject = subjectsOf(lead);
  if (!subject.some((s) => b.names.includes(s))) return false;
  const bSubject = subjectsOf(b);
  if (bSubject.length > 0 && !bSubject.some((s) => lead.names.includes(s))) return false;
  return (
    !partsDisagree(partInText(lead.text, lead.expression), partInText(b.text, b.expression)) &&
    !figuresDisagree(lead.text, b.text)
  );
}

/**
 * A report's subjects, as families of names: its sentence's first name (of the whole sentence
 * where the report is a cut of it: "…the 2000 Olympic 200m champion" is Kenteris's report),
 * and the head of its own first name written ({@link namedSubject}). A report cut after a
 * reporting verb ("…says Lord Goldsmith warned…") has only the latter: its sentence's first
 * name is whoever reports it.
 */
function subjectsOf(event: DatedEvent): readonly string[] {
  const known = subjects.get(event);
  if (known !== undefined) return known;
  const found = new Set<string>();
  const first = event.names[0];
  if (first !== undefined && !AFTER_REPORTING_VERB.test(event.text)) found.add(first);
  const named = namedSubject(event);
  if (named !== undefined) found.add(named);
  const subjectList = [...found];
  subjects.set(event, subjectList);
  return subjectList;
}

/** Each report's subjects, found once: merging compares a report with many leads. */
const subjects = new WeakMap<DatedEvent, readonly string[]>();

/** A report cut after its sentence's reporting verb: "…says Lord Goldsmith warned…". */
const AFTER_REPORTING_VERB =
  /^…\s*(?:says|said|claims|claimed|reports|reported|told|tells|believes|argues|adds|added)\b/iu;

/** A run of capitalised words: one name as written ("Tony Blair", "Mr Peston"). */
const NAME_RUN = /\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*/gu;

/**
 * What may stand between a name and the reporting verb that makes it the report's source, not
 * its actor: an apposition ("The book, Brown's Britain, said…", "Mr Peston, the author,
 * said…"), a tense ("has claimed"). "Told" is left out: "Mr Blair told Mr Brown he would go"
 * is Mr Blair's act.
 */
const REPORTED_BY =
  /^(?:\s*,[^,.;:]{0,60})?,?\s*(?:has\s+|had\s+|have\s+)?(?:says|said|claims|claimed|alleges|alleged|reports|reported|believes|believed|argues|argued|adds|added|writes|wrote|insists|insisted)\b/u;

/**
 * The family of the head word of the first name a report writes ("Tony Blair" and "Mr Blair"
 * are both `blair`, where the sentence's first name word is `toni`), unless a reporting verb
 * follows that name: there whoever reports it ("Mr Peston said…", "The book, Brown's Britain,
 * said…") does not stand for who did it, and the first name after the verb does.
 */
function namedSubject(event: DatedEvent): string | undefined {
  const names = new Set(event.names);
  const mentions: { end: number; head: string }[] = [];
  for (const run of event.text.matchAll(NAME_RUN)) {
    const head = run[0]
      .split(/\s+/u)
      .flatMap((word) => eventTerms(word))
      .findLast((f) => names.has(f));
    if (head !== undefined) mentions.push({ end: run.index + run[0].length, head });
  }
  const [first, ...rest] = mentions;
  if (first === undefined) return undefined;
  const verb = REPORTED_BY.exec(event.text.slice(first.end));
  if (verb === null) return first.head;
  const after = first.end + verb[0].length;
  return rest.find((m) => m.end > after)?.head ?? first.head;
}
