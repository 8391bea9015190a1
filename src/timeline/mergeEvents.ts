import { intervalOf } from "./calendar.js";
import { MIN_SHARED_TERMS, sameEvent } from "./sameEvent.js";
import type { DatedEvent, Precision, TimelineEntry } from "./types.js";

/** Article, then paragraph, then position in the paragraph: the order a reader meets them. */
export function compareSources(a: DatedEvent, b: DatedEvent): number {
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return (
    a.paragraph - b.paragraph ||
    a.sentenceStart - b.sentenceStart ||
    a.mentionStart - b.mentionStart
  );
}

const FINENESS: Readonly<Record<Precision, number>> = { range: 0, year: 1, month: 2, day: 3 };

/**
 * Folds events from any number of articles into timeline entries: reports of the same event
 * (see {@link sameEvent}; linked transitively) become one entry holding every source, dated by
 * its most precise report. Entries run oldest first — a range by its start, a month or year by
 * its first day — and entries that start on the same day keep article, then sentence order.
 */
export function mergeEvents(events: readonly DatedEvent[]): TimelineEntry[] {
  const sorted = [...events].sort(compareSources);
  const parent = sorted.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  // Only reports that share a paragraph, or a word and a compatible date, can be one event:
  // look those up instead of comparing every pair, so thousands of articles stay fast. Each
  // event is filed under its own date and under the dates that contain it ("2024" holds
  // "2024-04"), and looks for equal or finer events under its own date and coarser ones
  // under the dates containing it.
  const byKey = new Map<string, number[]>();
  const lookup = (key: string): readonly number[] => byKey.get(key) ?? [];
  const file = (key: string, i: number): void => {
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  };
  sorted.forEach((event, i) => {
    const own = event.end === null ? event.date : `${event.date}/${event.end}`;
    const coarser = event.end === null ? ancestors(event.date) : [];
    // Count shared words per candidate on the way: most pairs share too few to be compared.
    const shared = new Map<number, number>();
    const count = (list: readonly number[]): void => {
      for (const j of list) shared.set(j, (shared.get(j) ?? 0) + 1);
    };
    for (const t of event.terms) {
      count(lookup(`own:${own}:${t}`));
      count(lookup(`in:${own}:${t}`));
      for (const a of coarser) count(lookup(`own:${a}:${t}`));
    }
    const candidates = new Set<number>(lookup(`p:${event.articleId}#${event.paragraph}`));
    for (const [j, n] of shared) if (n >= MIN_SHARED_TERMS) candidates.add(j);
    for (const j of candidates) {
      if (root(i) !== root(j) && sameEvent(sorted[j]!, event)) parent[root(i)] = root(j);
    }
    file(`p:${event.articleId}#${event.paragraph}`, i);
    for (const t of event.terms) {
      file(`own:${own}:${t}`, i);
      for (const a of coarser) file(`in:${a}:${t}`, i);
    }
  });
  const groups = new Map<number, DatedEvent[]>();
  sorted.forEach((event, i) => {
    const r = root(i);
    groups.set(r, [...(groups.get(r) ?? []), event]);
  });
  return [...groups.values()].map(toEntry).sort(compareEntries);
}

/** The coarser dates that contain `date`: "2024-04-01" → "2024-04", "2024". */
function ancestors(date: string): string[] {
  return date.length === 10
    ? [date.slice(0, 7), date.slice(0, 4)]
    : date.length === 7
      ? [date.slice(0, 4)]
      : [];
}

function toEntry(sources: DatedEvent[]): TimelineEntry {
  // Sources are in reader order already; the first of the finest precision dates the entry.
  let lead = sources[0]!;
  for (const s of sources) if (FINENESS[s.precision] > FINENESS[lead.precision]) lead = s;
  return {
    date: lead.date,
    end: lead.end,
    precision: lead.precision,
    inferred: sources.every((s) => s.inferred),
    text: lead.text,
    sources,
  };
}

function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  const start = intervalOf(a.date).first.localeCompare(intervalOf(b.date).first);
  return start || compareSources(a.sources[0]!, b.sources[0]!);
}
