import { pad, spanOf } from "./calendar.js";
import { partInText } from "./reportDetails.js";
import { termFamilies } from "./eventTerms.js";
import { terms } from "../text/tokens.js";
import { parseDateBound, type Parsed } from "./parseDateBound.js";
import { topicCloseness, type SourceWords } from "./topicRelevance.js";
import type { DatedEvent, DayInterval, TimelineEntry } from "./types.js";

/** What the user asked to see, as typed: all optional. */
export interface TimelineQuery {
  readonly topic?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** `all` lists every matching event; otherwise the strongest are shown when there are many. */
  readonly show?: string | undefined;
}

/** A checked query: topic word families and the window of days, each end open when not given. */
export interface TimelineFilter {
  readonly topic: readonly string[];
  readonly first: string | null;
  readonly last: string | null;
  /** Every matching event, not only the strongest (see `rankEvents`). */
  readonly all: boolean;
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
  const show = query.show?.trim().toLowerCase() ?? "";
  if (show !== "" && show !== "all" && show !== "strongest")
    return { ok: false, error: "`show`: write all (every event) or strongest (the default)." };
  const topic = [...termFamilies(terms(query.topic ?? ""))];
  return { ok: true, value: { topic, first, last, all: show === "all" } };
}

/**
 * The entries that match `filter`: about the topic (see {@link topicCloseness}: a report's own
 * sentence, or with the sentence before it, holds every topic word, by word family; `wordsOf`
 * gives those sentences' words) and with days overlapping the window (so `from: 2024-04` keeps
 * an event dated only "2024").
 */
export function filterTimeline(
  entries: readonly TimelineEntry[],
  filter: Pick<TimelineFilter, "topic" | "first" | "last">,
  wordsOf?: (source: DatedEvent) => SourceWords | undefined,
): TimelineEntry[] {
  return entries.filter(
    (entry) =>
      inWindow(narrowedSpan(entry), filter) && topicCloseness(entry, filter.topic, wordsOf) > 0,
  );
}

/**
 * The days an entry covers, narrowed to the part of its year or month its report names ("until
 * the end of 2005" is not in January 2005). Halves, not thirds: "the first half of" and "early"
 * both stay in the window of their first months.
 */
export function narrowedSpan(entry: TimelineEntry): DayInterval {
  const span = spanOf(entry.date, entry.end);
  const lead = entry.sources[0];
  if (entry.end !== null || !lead || entry.precision === "day") return span;
  const part = partInText(lead.text, lead.expression);
  if (part === null) return span;
  if (entry.precision === "year") {
    const year = entry.date.slice(0, 4);
    const [from, to] =
      part === "early" ? ["01", "06"] : part === "mid" ? ["04", "09"] : ["07", "12"];
    return spanOf(`${year}-${from}`, `${year}-${to}`);
  }
  if (entry.precision === "month") {
    const last = Number(span.last.slice(8, 10));
    const [from, to] = part === "early" ? [1, 15] : part === "mid" ? [8, 23] : [16, last];
    const month = entry.date.slice(0, 7);
    return { first: `${month}-${pad(from)}`, last: `${month}-${pad(to)}` };
  }
  return span;
}

function inWindow(span: DayInterval, filter: Pick<TimelineFilter, "first" | "last">): boolean {
  return (
    (filter.first === null || span.last >= filter.first) &&
    (filter.last === null || span.first <= filter.last)
  );
}
