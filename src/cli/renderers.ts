import type { HelpResult } from "../../commands/help.js";
import type { SourcesResult } from "../../commands/sources.js";
import type { AskResult } from "../answer/ask.js";
import { askJson, renderAskText } from "../render/askText.js";
import { renderHelpText } from "../render/helpText.js";
import { renderSourcesText } from "../render/sourcesText.js";
import { quoteJson, renderQuoteText, renderSpeakersText } from "../render/quoteText.js";
import type { QuoteResult } from "../quotes/quote.js";
import type { SpeakersResult } from "../../commands/speakers.js";
import { renderTimelineText, timelineJson } from "../render/timelineText.js";
import { timelineJs } from "../render/timelineJs.js";
import { timelinePng } from "../render/timelinePicture.js";
import type { TimelineResult } from "../timeline/timeline.js";

/** How the terminal shows one command's result, as text and as JSON. */
export interface TerminalRenderer {
  text(result: unknown): string;
  json(result: unknown): unknown;
  /** A picture of the result, for `--png FILE`. */
  png?(result: unknown): Buffer;
  /** Other formats for `--format NAME`, each one JSON document (pretty-printed). */
  formats?: Readonly<Record<string, (result: unknown) => unknown>>;
}

/** The terminal renderers, by command name. */
export const TERMINAL_RENDERERS: Readonly<Record<string, TerminalRenderer>> = {
  ask: {
    // Bold only on a terminal: escapes would litter a pipe or a file.
    text: (r) => renderAskText(r as AskResult, { bold: process.stdout.isTTY === true }),
    json: (r) => askJson(r as AskResult),
  },
  timeline: {
    text: (r) => renderTimelineText(r as TimelineResult),
    json: (r) => timelineJson(r as TimelineResult),
    png: (r) => timelinePng(r as TimelineResult),
    formats: { timelinejs: (r) => timelineJs(r as TimelineResult) },
  },
  quote: {
    text: (r) => renderQuoteText(r as QuoteResult),
    json: (r) => quoteJson(r as QuoteResult),
  },
  speakers: { text: (r) => renderSpeakersText(r as SpeakersResult), json: (r) => r },
  sources: { text: (r) => renderSourcesText(r as SourcesResult), json: (r) => r },
  help: { text: (r) => renderHelpText(r as HelpResult, terminalFlags), json: (r) => r },
};

/** What the terminal adds to a command besides its options, as `/help COMMAND` lists it. */
function terminalFlags(command: string): string[] {
  const renderer = TERMINAL_RENDERERS[command];
  const formats = Object.keys(renderer?.formats ?? {});
  return [
    "--json",
    ...(renderer?.png ? ["--png FILE"] : []),
    ...(formats.length > 0 ? [`--format ${["text", "json", ...formats].join("|")}`] : []),
  ];
}
