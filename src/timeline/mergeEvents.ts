import { intervalOf } from "./calendar.js";
import { dateKey, MIN_SHARED_TERMS, sameEvent } from "./sameEvent.js";
import type { DatedEvent, TimelineEntry } from "./types.js";

/** Article, then paragraph, then position in the paragraph: the order a reader meets them. */
export function compareSources(a: DatedEvent, b: DatedEvent): number {
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return (
    a.paragraph - b.paragraph ||
    a.sentenceStart - b.sentenceStart ||
    a.mentionStart - b.mentionStart
  );
}

/**
 * Folds events from any number of articles into timeline entries. Reports are taken in reader
 * order; each joins the entry whose first report (its lead, the text shown) it reports the same
 * happening as (see {@link sameEvent}), or starts a new one. Joining is tested against the lead
 * only, never through a chain of look-alikes, so every source of an entry reports what the
 * entry says. Entries run oldest first — a range by its start, a month or year by its first day
 * — and entries that start on the same day keep article, then sentence order.
 */
export function mergeEvents(events: readonly DatedEvent[]): TimelineEntry[] {
  const sorted = [...events].sort(compareSources);
  const groups: DatedEvent[][] = [];
  // Leads are filed by date and word, by date and text, and by paragraph and date, so that a
  // report is compared only with leads it could join: thousands of articles stay fast.
  const byKey = new Map<string, number[]>();
  const lookup = (key: string): readonly number[] => byKey.get(key) ?? [];
  const file = (key: string, i: number): void => {
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  };
  for (const event of sorted) {
    const day = dateKey(event);
    const shared = new Map<number, number>();
    for (const t of event.terms)
      for (const g of lookup(`w:${day}:${t}`)) shared.set(g, (shared.get(g) ?? 0) + 1);
    const candidates = [
      ...lookup(`t:${day}:${event.text}`),
      ...lookup(`p:${event.articleId}#${event.paragraph}:${day}`),
      ...[...shared].filter(([, n]) => n >= MIN_SHARED_TERMS).map(([g]) => g),
    ].sort((a, b) => (shared.get(b) ?? 0) - (shared.get(a) ?? 0) || a - b);
    const joined = candidates.find((g) => sameEvent(groups[g]![0]!, event));
    if (joined !== undefined) {
      groups[joined]!.push(event);
      continue;
    }
    const g = groups.push([event]) - 1;
    file(`t:${day}:${event.text}`, g);
    file(`p:${event.articleId}#${event.paragraph}:${day}`, g);
    for (const t of event.terms) file(`w:${day}:${t}`, g);
  }
  return groups.map(toEntry).sort(compareEntries);
}

function toEntry(sources: DatedEvent[]): TimelineEntry {
  const lead = sources[0]!;
  return {
    date: lead.date,
    end: lead.end,
    precision: lead.precision,
    inferred: sources.every((s) => s.inferred),
    text: lead.text,
    status: lead.status,
    sources,
  };
}

/** Timeline order: by first day, then by the lead's place in the corpus. */
export function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  const start = intervalOf(a.date).first.localeCompare(intervalOf(b.date).first);
  return start || compareSources(a.sources[0]!, b.sources[0]!);
}
