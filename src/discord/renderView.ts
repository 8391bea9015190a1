import type { Knowledge } from "../knowledge/knowledge.js";
import type { TimelineResult } from "../timeline/timeline.js";
import type { TimelinePictures } from "./pictures.js";
import { timelineView } from "./render/timelineReply.js";
import type { DiscordView } from "./render/view.js";

/**
 * A command's result as a Discord view, in two steps: the rendering, done now (in the work
 * queue's turn), and then, for `/timeline` only, the picture, drawn in the picture worker
 * (see `pictures.ts`) so the main thread only lays out text.
 */
export function renderView(
  commandName: string,
  result: unknown,
  knowledge: Knowledge,
  render: (result: unknown, knowledge: Knowledge) => DiscordView,
): (pictures: TimelinePictures) => Promise<DiscordView> {
  if (commandName !== "timeline") {
    const view = render(result, knowledge);
    return () => Promise.resolve(view);
  }
  const timeline = result as TimelineResult;
  return async (pictures) => timelineView(timeline, await pictures.draw(timeline));
}
