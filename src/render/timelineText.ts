import { formatEventDate } from "../timeline/formatEventDate.js";
import type { TimelineEvent, TimelineResult } from "../timeline/timeline.js";
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

/** The first to the last date shown: `1994–Oct 2003`, or one date. Empty without events. */
export function shownRange(events: readonly TimelineEvent[]): string {
  const first = events[0];
  const last = events.at(-1);
  if (!first || !last) return "";
  const from = formatEventDate(first.date);
  const to = formatEventDate(last.end ?? last.date);
  return from === to ? from : `${from}–${to}`;
}

/** The heading of a timeline: topic and range, `Timeline: Yukos · 1994–Oct 2003`. */
export function timelineTitle(result: TimelineResult): string {
  const topic = result.query.topic?.trim();
  const range = shownRange(result.events);
  return [topic ? `Timeline: ${topic}` : "Timeline", range].filter(Boolean).join(" · ");
}

/** An event's date as Discord shows it, with its marks: `3 Jul 2025 (inferred)`, `2005 (expected)`. */
export function eventDateLabel(e: TimelineEvent): string {
  return (
    formatEventDate(e.date, e.end) +
    (e.inferred ? " (inferred)" : "") +
    (e.status === "expected" ? " (expected)" : "")
  );
}

/**
 * An event's date in the terminal's date column: `2005 expected`, `3 Jul 2025*` (inferred).
 * Letters, digits and a final star only, so the column reads as one date.
 */
export function terminalDateLabel(e: TimelineEvent): string {
  return (
    formatEventDate(e.date, e.end) +
    (e.status === "expected" ? " expected" : "") +
    (e.inferred ? "*" : "")
  );
}

/**
 * The line that says only the strongest events are shown and how to see the rest (`showAll`
 * is how the front end spells it: `--show all`, `show:all`); null when every match is shown.
 * Without a topic it asks for one: a whole corpus is many stories.
 */
export function moreLine(result: TimelineResult, showAll: string): string | null {
  const hidden = result.matched - result.events.length;
  if (hidden <= 0) return null;
  if (!result.query.topic?.trim()) {
    return `The articles report ${result.matched} dated events; these are the ${result.events.length} most reported. Give a topic to follow one story, or ${showAll} for every event.`;
  }
  return `The ${result.events.length} strongest of ${result.matched} events (reported by most articles, closest to the topic); ${hidden} more with ${showAll}.`;
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
  const dates = result.events.map(terminalDateLabel);
  const width = Math.max(...dates.map((d) => d.length));
  const lines = [timelineTitle(result), ""];
  lines.push(
    ...result.events.map(
      (e, i) =>
        `${dates[i]!.padEnd(width)}  ${e.text} ${e.citations.map((n) => `[${n}]`).join("")}`,
    ),
  );
  const more = moreLine(result, "--show all");
  if (more) lines.push("", more);
  if (result.events.some((e) => e.inferred))
    lines.push(
      "",
      '* date worked out from the article (e.g. "on Thursday" and its publication date)',
    );
  if (result.events.some((e) => e.status === "expected"))
    lines.push("expected: scheduled, forecast or planned when the article was written");
  lines.push("", "Sources:", ...result.citations.map(sourceLine));
  return lines.join("\n");
}

/** `/timeline` as one JSON object: each event with its full citations. */
export function timelineJson(result: TimelineResult): Record<string, unknown> {
  const byNumber = new Map(result.citations.map((c) => [c.n, citationJson(c)]));
  return {
    title: timelineTitle(result),
    matched: result.matched,
    events: result.events.map((e) => ({
      date: e.date,
      end: e.end,
      precision: e.precision,
      inferred: e.inferred,
      status: e.status,
      text: e.text,
      citations: e.citations.map((n) => byNumber.get(n)),
    })),
  };
}
