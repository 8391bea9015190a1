import { askCommand } from "./ask.js";
import type { AnyCommand } from "./definition.js";

/** Every command, in the order help lists them. */
export const COMMANDS: readonly AnyCommand[] = [askCommand];

/** The command called `name`, if any. */
export function findCommand(name: string): AnyCommand | undefined {
  return COMMANDS.find((command) => command.name === name);
}
