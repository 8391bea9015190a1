import { compareEntries, mergeEvents } from "./mergeEvents.js";
import { dateKey } from "./sameEvent.js";
import type { DatedEvent, TimelineEntry } from "./types.js";

/**
 * The merged timeline of a corpus that changes, kept so that a change merges again only the
 * dates it touches. Two reports are one event only when they give the same date (see
 * `sameEvent`), so reports are filed by date and each date merged on its own; the dates a
 * changed article's events give (before and after) are merged again, the rest kept. The
 * entries are the ones `mergeEvents` gives for all the events, in the same order. Immutable:
 * {@link changed} returns a new version.
 */
export class TimelineIndex {
  readonly #events: ReadonlyMap<string, readonly DatedEvent[]>;
  readonly #entries: ReadonlyMap<string, readonly TimelineEntry[]>;
  readonly #sorted: readonly TimelineEntry[];

  private constructor(
    events: ReadonlyMap<string, readonly DatedEvent[]>,
    entries: ReadonlyMap<string, readonly TimelineEntry[]>,
    sorted: readonly TimelineEntry[],
  ) {
    this.#events = events;
    this.#entries = entries;
    this.#sorted = sorted;
  }

  /** The index of a timeline already merged (by `mergeEvents`, or read from a snapshot). */
  static of(timeline: readonly TimelineEntry[]): TimelineIndex {
    const events = new Map<string, DatedEvent[]>();
    const entries = new Map<string, TimelineEntry[]>();
    for (const entry of timeline) {
      const key = dateKey(entry);
      push(entries, key, entry);
      for (const source of entry.sources) push(events, key, source);
    }
    return new TimelineIndex(events, entries, timeline);
  }

  /** The entries, oldest first. */
  entries(): readonly TimelineEntry[] {
    return this.#sorted;
  }

  /**
   * This timeline without the events `removed` (the very objects it was given) and with the
   * events `added`: an article changed is both.
   */
  changed(removed: readonly DatedEvent[], added: readonly DatedEvent[]): TimelineIndex {
    const gone = new Set(removed);
    const dates = new Set([...removed, ...added].map(dateKey));
    const events = new Map(this.#events);
    const entries = new Map(this.#entries);
    const fresh: TimelineEntry[] = [];
    const dropped = new Set<TimelineEntry>();
    for (const key of dates) {
      const kept = (events.get(key) ?? []).filter((e) => !gone.has(e));
      const list = [...kept, ...added.filter((e) => dateKey(e) === key)];
      for (const entry of entries.get(key) ?? []) dropped.add(entry);
      if (list.length === 0) {
        events.delete(key);
        entries.delete(key);
        continue;
      }
      const merged = mergeEvents(list);
      events.set(key, list);
      entries.set(key, merged);
      fresh.push(...merged);
    }
    const untouched = this.#sorted.filter((e) => !dropped.has(e));
    return new TimelineIndex(events, entries, mergeSorted(untouched, fresh.sort(compareEntries)));
  }
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** Two lists in timeline order as one, in a single pass. */
function mergeSorted(a: readonly TimelineEntry[], b: readonly TimelineEntry[]): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length)
    out.push(compareEntries(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}
