import { renderTimelineSvg, type TimelinePoint } from "../timeline/renderTimelineSvg.js";
import { svgToPng } from "../timeline/svgToPng.js";
import type { TimelineResult } from "../timeline/timeline.js";
import { timelineTitle } from "./timelineText.js";

/** Events drawn in the picture; the text answer lists them all. */
export const PICTURE_EVENTS = 12;

/** Pictures already drawn, by what they show: drawing takes tens of milliseconds of CPU. */
const drawn = new Map<string, Buffer>();
const DRAWN_LIMIT = 32;

/**
 * The timeline drawn as a PNG: topic and range in the title, each event labelled with the same
 * citation numbers as the text reply. The corpus is read-only, so the same events always give
 * the same picture: recent pictures are kept, and a popular `/timeline` costs its drawing once.
 */
export function timelinePng(result: TimelineResult, title = timelineTitle(result)): Buffer {
  const points = timelinePoints(result);
  const subtitle = pictureSubtitle(result);
  const key = JSON.stringify([title, subtitle, points.slice(0, PICTURE_EVENTS), points.length]);
  const known = drawn.get(key);
  if (known) {
    // Refresh its place: the map's order is the eviction order.
    drawn.delete(key);
    drawn.set(key, known);
    return known;
  }
  const png = svgToPng(renderTimelineSvg(points, { title, subtitle, maxEntries: PICTURE_EVENTS }));
  drawn.set(key, png);
  if (drawn.size > DRAWN_LIMIT) drawn.delete(drawn.keys().next().value!);
  return png;
}

/** The events as the picture draws them, each labelled with its citation numbers. */
export function timelinePoints(result: TimelineResult): TimelinePoint[] {
  return result.events.map((e) => ({
    date: e.date,
    end: e.end,
    inferred: e.inferred,
    status: e.status,
    text: e.text,
    label: e.citations.map((n) => `[${n}]`).join(" "),
  }));
}

/** How many events the picture stands for: "The 12 strongest of 119 events". */
export function pictureSubtitle(result: TimelineResult): string {
  const shown = result.events.length;
  return shown < result.matched
    ? `The ${shown} strongest of ${result.matched} events; numbers are the text reply's citations`
    : `${shown} ${shown === 1 ? "event" : "events"}; numbers are the text reply's citations`;
}
