import type { DiscordStandIn } from "./standInTypes.js";
import type { JsonObject, RecordedRequest } from "./types.js";

/** An interaction's answer: its first accepted callback, and the message the user ends up seeing. */
export interface Answer {
  readonly callback: RecordedRequest;
  /** The callback's `data` (types 4 and 7), or the edit or follow-up after a deferral (5 and 6). */
  readonly message: JsonObject;
  /** True when the bot acknowledged first and answered after. */
  readonly deferred: boolean;
}

/**
 * The message a callback leads to. A reply (4) or page turn (7) carries it; a deferral (5, 6)
 * is followed by an edit of `@original` or a follow-up. Both are valid answers, and which one the
 * bot picks depends on how long the interaction waited (the bot acknowledges first what has
 * waited a second), so tests assert on this message, not on the callback type.
 */
export async function answerOf(
  standIn: DiscordStandIn,
  callback: RecordedRequest,
  timeoutMs = 10_000,
): Promise<Answer> {
  const body = callback.body as JsonObject;
  const type = body["type"];
  if (type === 4 || type === 7)
    return { callback, message: (body["data"] ?? {}) as JsonObject, deferred: false };
  if (type !== 5 && type !== 6) throw new Error(`not a message callback: type ${String(type)}`);
  const after = await standIn.waitForRequest(
    (r) =>
      r.interactionId === callback.interactionId &&
      r.status < 400 &&
      ((r.method === "PATCH" && r.path.endsWith("/messages/@original")) ||
        (r.method === "POST" && r.path.startsWith("/webhooks/"))),
    timeoutMs,
    callback.index + 1,
  );
  return { callback, message: after.body as JsonObject, deferred: true };
}

/** Dispatches an interaction and resolves with its {@link Answer}. */
export async function dispatchForAnswer(
  standIn: DiscordStandIn,
  payload: JsonObject,
  timeoutMs = 10_000,
): Promise<Answer> {
  return answerOf(standIn, await standIn.dispatchInteraction(payload, timeoutMs), timeoutMs);
}
