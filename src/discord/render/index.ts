import type { AskResult } from "../../answer/ask.js";
import { askReply } from "./askReply.js";
import type { ReplyPayload } from "./reply.js";

/** The Discord renderers, by command name. */
export const DISCORD_RENDERERS: Readonly<Record<string, (result: unknown) => ReplyPayload>> = {
  ask: (r) => askReply(r as AskResult),
};
