import { dateKey } from "./sameEvent.js";
import type { TimelineEntry } from "./types.js";

/** Events shown when there are more and the user did not ask for all of them. */
export const STRONGEST_EVENTS = 12;
/**
 * Matches from at most this many articles are all shown: a few articles' events read as one
 * story; ranking is for a topic, or a corpus, spread over many.
 */
export const MANY_ARTICLES = 12;

/** An entry with how strongly it belongs on the timeline. */
export interface RankedEntry {
  readonly entry: TimelineEntry;
  readonly score: number;
}

/**
 * Scores entries the way timeline summarisation ranks dates (Tran et al. 2013; Martschat and
 * Markert 2018): an event reported by more articles, on a date more of the matching articles
 * name, and told closer to the topic (`closeness`, 1 for its own sentence) matters more.
 * Score = closeness × (log₂(1 + articles reporting the event) + ½ log₂(1 + articles naming its
 * date among the entries given)). Returned strongest first; ties keep the entries' order.
 */
export function rankEvents(
  entries: readonly TimelineEntry[],
  closeness: (entry: TimelineEntry) => number,
): RankedEntry[] {
  const articlesOn = new Map<string, Set<string>>();
  for (const entry of entries) {
    const key = dateKey(entry);
    const set = articlesOn.get(key) ?? new Set<string>();
    for (const s of entry.sources) set.add(s.articleId);
    articlesOn.set(key, set);
  }
  return entries
    .map((entry, i) => {
      const reports = new Set(entry.sources.map((s) => s.articleId)).size;
      const onDate = articlesOn.get(dateKey(entry))?.size ?? 1;
      const score = closeness(entry) * (Math.log2(1 + reports) + 0.5 * Math.log2(1 + onDate));
      return { entry, score, i };
    })
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ entry, score }) => ({ entry, score }));
}

/**
 * The entries to show: all of them when `all` is asked, or they are few, or they come from at
 * most `manyArticles` articles; else the `limit` strongest (see {@link rankEvents}), back in
 * date order.
 */
export function strongestEvents(
  entries: readonly TimelineEntry[],
  closeness: (entry: TimelineEntry) => number,
  all: boolean,
  limit = STRONGEST_EVENTS,
  manyArticles = MANY_ARTICLES,
): TimelineEntry[] {
  if (all || entries.length <= limit) return [...entries];
  const articles = new Set(entries.flatMap((e) => e.sources.map((s) => s.articleId)));
  if (articles.size <= manyArticles) return [...entries];
  const kept = new Set(
    rankEvents(entries, closeness)
      .slice(0, limit)
      .map((r) => r.entry),
  );
  return entries.filter((e) => kept.has(e));
}
