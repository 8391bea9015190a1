import type { Knowledge } from "../knowledge.js";
import type { TimelineResult } from "../timeline/timeline.js";
import type { TimelinePictures } from "./pictures.js";
import { timelineView } from "./render/timelineReply.js";
import type { DiscordView } from "./render/view.js";

/**
 * A command's result as a Discord view. `/timeline`'s picture is drawn in the picture worker
 * first (see `pictures.ts`), so the main thread only lays out text; every other command is
 * rendered by its renderer as it is.
 */
export async function renderView(
  commandName: string,
  result: unknown,
  knowledge: Knowledge,
  pictures: TimelinePictures,
  render: (result: unknown, knowledge: Knowledge) => DiscordView,
): Promise<DiscordView> {
  if (commandName !== "timeline") return render(result, knowledge);
  const timeline = result as TimelineResult;
  return timelineView(timeline, await pictures.draw(timeline));
}
