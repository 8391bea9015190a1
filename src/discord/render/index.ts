import type { HelpResult } from "../../../commands/help.js";
import type { SourcesResult } from "../../../commands/sources.js";
import type { AskResult } from "../../answer/ask.js";
import { askReply } from "./askReply.js";
import { helpView } from "./helpReply.js";
import { passagesReply } from "./passagesReply.js";
import { sourcesView } from "./sourcesReply.js";
import { timelineView } from "./timelineReply.js";
import type { TimelineResult } from "../../timeline/timeline.js";
import type { DiscordView } from "./view.js";

/** The Discord renderers, by command name. */
export const DISCORD_RENDERERS: Readonly<Record<string, (result: unknown) => DiscordView>> = {
  ask: (r) => {
    const result = r as AskResult;
    const reveal =
      result.citations.length > 0
        ? { label: "Show passages", payload: passagesReply(result.citations) }
        : undefined;
    return { pages: [askReply(result)], ...(reveal ? { reveal } : {}) };
  },
  timeline: (r) => timelineView(r as TimelineResult),
  sources: (r) => sourcesView(r as SourcesResult),
  help: (r) => helpView(r as HelpResult),
};
