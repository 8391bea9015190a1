import { formatEventDate } from "../timeline/formatEventDate.js";
import type { TimelineResult } from "../timeline/timeline.js";
import { sourceLine } from "./askText.js";
import { citationJson } from "./citationJson.js";

/** What the user filtered by, in words: `about "recognition", from April 2024`. */
export function describeFilter(result: TimelineResult): string {
  const { topic, from, to } = result.query;
  const parts = [
    topic?.trim() ? `about "${topic.trim()}"` : null,
    from?.trim() ? `from ${from.trim()}` : null,
    to?.trim() ? `to ${to.trim()}` : null,
  ].filter(Boolean);
  return parts.join(", ");
}

/** The line shown when nothing matched. */
export function noEventsLine(result: TimelineResult): string {
  const filter = describeFilter(result);
  return result.total === 0
    ? "The articles mention no dated events."
    : `No dated events ${filter || "match"}. The articles mention ${result.total} dated events in all; try a wider range or other words.`;
}

/** `/timeline` for the terminal: one line per event, oldest first, then the sources. */
export function renderTimelineText(result: TimelineResult): string {
  if (result.events.length === 0) return noEventsLine(result);
  const dates = result.events.map((e) => formatEventDate(e.date, e.end) + (e.inferred ? "*" : ""));
  const width = Math.max(...dates.map((d) => d.length));
  const lines = result.events.map(
    (e, i) => `${dates[i]!.padEnd(width)}  ${e.text} ${e.citations.map((n) => `[${n}]`).join("")}`,
  );
  if (result.events.some((e) => e.inferred))
    lines.push(
      "",
      '* date worked out from the article (e.g. "on Thursday" and its publication date)',
    );
  lines.push("", "Sources:", ...result.citations.map(sourceLine));
  return lines.join("\n");
}

/** `/timeline` as one JSON object: each event with its full citations. */
export function timelineJson(result: TimelineResult): Record<string, unknown> {
  const byNumber = new Map(result.citations.map((c) => [c.n, citationJson(c)]));
  return {
    events: result.events.map((e) => ({
      date: e.date,
      end: e.end,
      precision: e.precision,
      inferred: e.inferred,
      text: e.text,
      citations: e.citations.map((n) => byNumber.get(n)),
    })),
  };
}
