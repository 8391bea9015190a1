import { renderTimelineSvg } from "../timeline/renderTimelineSvg.js";
import { svgToPng } from "../timeline/svgToPng.js";
import type { TimelineResult } from "../timeline/timeline.js";
import type { TimelineEntry } from "../timeline/types.js";

/** Events drawn in the picture; the text answer lists them all. */
export const PICTURE_EVENTS = 12;

/** The timeline drawn as a PNG, each event labelled with its citation numbers. */
export function timelinePng(result: TimelineResult, title = "Timeline"): Buffer {
  const entries: TimelineEntry[] = result.events.map((e) => ({ ...e, sources: [] }));
  const svg = renderTimelineSvg(entries, {
    title,
    maxEntries: PICTURE_EVENTS,
    sourceLabel: (_, i) => result.events[i]!.citations.map((n) => `[${n}]`).join(" "),
  });
  return svgToPng(svg);
}
