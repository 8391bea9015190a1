import { spanOf } from "./calendar.js";
import { eventTerms } from "./eventTerms.js";
import { parseDateBound, type Parsed } from "./parseDateBound.js";
import type { DatedEvent, DayInterval, TimelineEntry } from "./types.js";

/** What the user asked to see, as typed: all optional. */
export interface TimelineQuery {
  readonly topic?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/** A checked query: topic word families and the window of days, each end open when not given. */
export interface TimelineFilter {
  readonly topic: readonly string[];
  readonly first: string | null;
  readonly last: string | null;
}

/**
 * Checks the user's `topic`, `from` and `to`. `from` covers from the first day it names, `to`
 * up to the last (`to: 2024` includes December 2024). A bad date, or `from` after `to`, gives
 * a message the user can act on.
 */
export function parseTimelineQuery(query: TimelineQuery): Parsed<TimelineFilter> {
  const from = query.from?.trim() ? parseDateBound(query.from, "from") : null;
  if (from && !from.ok) return from;
  const to = query.to?.trim() ? parseDateBound(query.to, "to") : null;
  if (to && !to.ok) return to;
  const first = from?.value.interval.first ?? null;
  const last = to?.value.interval.last ?? null;
  if (from && to && first !== null && last !== null && first > last) {
    return {
      ok: false,
      error: `\`from\` (${from.value.date}) is after \`to\` (${to.value.date}); swap them or widen the range.`,
    };
  }
  return { ok: true, value: { topic: eventTerms(query.topic ?? ""), first, last } };
}

/**
 * The entries that match `filter`: every topic word appears (as a word family) in one of the
 * entry's reports — or in the passage around it (its event terms, as {@link eventTerms} makes
 * them), when `passageTermsOf` is given — and the entry's
 * days overlap the window (so `from: 2024-04` keeps an event dated only "2024").
 */
export function filterTimeline(
  entries: readonly TimelineEntry[],
  filter: TimelineFilter,
  passageTermsOf?: (source: DatedEvent) => Iterable<string> | undefined,
): TimelineEntry[] {
  return entries.filter(
    (entry) =>
      inWindow(spanOf(entry.date, entry.end), filter) &&
      matchesTopic(entry, filter.topic, passageTermsOf),
  );
}

function inWindow(span: DayInterval, filter: TimelineFilter): boolean {
  return (
    (filter.first === null || span.last >= filter.first) &&
    (filter.last === null || span.first <= filter.last)
  );
}

function matchesTopic(
  entry: TimelineEntry,
  topic: readonly string[],
  passageTermsOf: ((source: DatedEvent) => Iterable<string> | undefined) | undefined,
): boolean {
  if (topic.length === 0) return true;
  const words = new Set<string>();
  for (const source of entry.sources) {
    for (const t of source.terms) words.add(t);
    for (const t of passageTermsOf?.(source) ?? []) words.add(t);
  }
  return topic.every((t) => words.has(t));
}
