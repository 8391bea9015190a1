import { renderTimelineSvg } from "../timeline/renderTimelineSvg.js";
import { svgToPng } from "../timeline/svgToPng.js";
import type { TimelineResult } from "../timeline/timeline.js";
import type { TimelineEntry } from "../timeline/types.js";

/** Events drawn in the picture; the text answer lists them all. */
export const PICTURE_EVENTS = 12;

/** Pictures already drawn, by what they show: drawing takes tens of milliseconds of CPU. */
const drawn = new Map<string, Buffer>();
const DRAWN_LIMIT = 32;

/**
 * The timeline drawn as a PNG, each event labelled with its citation numbers. The corpus is
 * read-only, so the same events always give the same picture: recent pictures are kept, and a
 * popular `/timeline` costs its drawing once.
 */
export function timelinePng(result: TimelineResult, title = "Timeline"): Buffer {
  const key = JSON.stringify([title, result.events.slice(0, PICTURE_EVENTS), result.events.length]);
  const known = drawn.get(key);
  if (known) {
    // Refresh its place: the map's order is the eviction order.
    drawn.delete(key);
    drawn.set(key, known);
    return known;
  }
  const png = draw(result, title);
  drawn.set(key, png);
  if (drawn.size > DRAWN_LIMIT) drawn.delete(drawn.keys().next().value!);
  return png;
}

function draw(result: TimelineResult, title: string): Buffer {
  const entries: TimelineEntry[] = result.events.map((e) => ({ ...e, sources: [] }));
  const svg = renderTimelineSvg(entries, {
    title,
    maxEntries: PICTURE_EVENTS,
    sourceLabel: (_, i) => result.events[i]!.citations.map((n) => `[${n}]`).join(" "),
  });
  return svgToPng(svg);
}
