import { askCommand } from "./ask.js";
import type { AnyCommand } from "./definition.js";
import { helpCommand } from "./help.js";
import { sourcesCommand } from "./sources.js";
import { speakersCommand } from "./speakers.js";
import { quoteCommand } from "./quote.js";
import { timelineCommand } from "./timeline.js";

/** Every command, in the order help lists them. */
export const COMMANDS: readonly AnyCommand[] = [
  askCommand,
  timelineCommand,
  quoteCommand,
  speakersCommand,
  sourcesCommand,
  helpCommand(() => COMMANDS),
];

/** The command called `name`, if any. */
export function findCommand(name: string): AnyCommand | undefined {
  return COMMANDS.find((command) => command.name === name);
}
