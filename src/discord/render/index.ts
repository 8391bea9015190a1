import type { HelpResult } from "../../../commands/help.js";
import type { SourcesResult } from "../../../commands/sources.js";
import type { AskResult } from "../../answer/ask.js";
import { askedOf } from "../../answer/askFollowUp.js";
import { askReply } from "./askReply.js";
import { helpView } from "./helpReply.js";
import { passagesReply } from "./passagesReply.js";
import { sourcesView } from "./sourcesReply.js";
import { timelineView } from "./timelineReply.js";
import type { TimelineResult } from "../../timeline/timeline.js";
import type { DiscordView } from "./view.js";
import { quoteView, speakersView } from "./quoteReply.js";
import type { QuoteResult } from "../../quotes/quote.js";
import type { SpeakersResult } from "../../../commands/speakers.js";
import type { Knowledge } from "../../knowledge/knowledge.js";

/**
 * A view that depends on the knowledge alone (a command without options), made once per
 * knowledge: every session then shares it instead of keeping a copy of its own.
 */
function oncePerKnowledge(
  make: (result: unknown) => DiscordView,
): (result: unknown, knowledge: Knowledge) => DiscordView {
  const views = new WeakMap<Knowledge, DiscordView>();
  return (result, knowledge) => {
    let view = views.get(knowledge);
    if (!view) {
      view = make(result);
      views.set(knowledge, view);
    }
    return view;
  };
}

/** The Discord renderers, by command name. */
export const DISCORD_RENDERERS: Readonly<
  Record<string, (result: unknown, knowledge: Knowledge) => DiscordView>
> = {
  ask: (r) => {
    const result = r as AskResult;
    const reveal =
      result.citations.length > 0
        ? { label: "Show passages", payload: passagesReply(result.citations) }
        : undefined;
    // An answer can be followed up in a thread on it, where the dispatcher can open one.
    const followUp = result.abstained ? undefined : { asked: askedOf(result) };
    return {
      pages: [askReply(result)],
      ...(reveal ? { reveal } : {}),
      ...(followUp ? { followUp } : {}),
    };
  },
  timeline: (r) => timelineView(r as TimelineResult),
  quote: (r, knowledge) => quoteView(r as QuoteResult, knowledge),
  speakers: oncePerKnowledge((r) => speakersView(r as SpeakersResult)),
  sources: oncePerKnowledge((r) => sourcesView(r as SourcesResult)),
  help: (r) => helpView(r as HelpResult),
};
