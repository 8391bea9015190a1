import type { InteractionState, InteractionStore } from "./interactionStore.js";
import { createMessage, editMessage } from "./messages.js";
import { discordError, formError } from "./restTypes.js";
import type { RestAnswer, RestCall, RestRoute } from "./restTypes.js";
import type { Json, JsonObject } from "./types.js";

const unknownInteraction = discordError(404, 10062, "Unknown interaction");
const unknownWebhook = discordError(404, 10015, "Unknown Webhook");
const unknownMessage = discordError(404, 10008, "Unknown Message");
/** Flag Discord sets on a deferred response's placeholder ("Bot is thinking…"). */
const loadingFlag = 128;

/** Which callback types each interaction type accepts (API v10). */
const allowedCallbacks: Readonly<Record<number, readonly number[]>> = {
  2: [4, 5, 9, 12],
  3: [4, 5, 6, 7, 9, 12],
  4: [8],
  5: [4, 5, 6, 7],
};

function data(body: Json | undefined): JsonObject {
  const value =
    typeof body === "object" && body !== null && !Array.isArray(body) ? body["data"] : undefined;
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}

function callback(state: InteractionState, call: RestCall, ackDeadlineMs: number): RestAnswer {
  if (call.receivedAt - state.dispatchedAt > ackDeadlineMs) return unknownInteraction;
  if (state.callbackType !== undefined) {
    return discordError(400, 40060, "Interaction has already been acknowledged.");
  }
  const body = call.body as JsonObject | undefined;
  const type = typeof body?.["type"] === "number" ? body["type"] : -1;
  if (!(allowedCallbacks[state.type] ?? []).includes(type)) {
    return formError(
      "type",
      "INTERACTION_RESPONSE_TYPE_INVALID",
      `Callback type ${type} is not valid here.`,
    );
  }
  const payloadMessage = state.payload["message"] as JsonObject | undefined;
  const fields = data(body);
  let resource: JsonObject | undefined;
  if (type === 4) {
    state.original = createMessage(state.origin, fields, call.attachments);
    resource = { type, message: state.original };
  } else if (type === 5) {
    const flags = (typeof fields["flags"] === "number" ? fields["flags"] : 0) | loadingFlag;
    state.original = createMessage(state.origin, { content: "", flags }, 0);
    state.original["flags"] = flags;
  } else if ((type === 6 || type === 7) && payloadMessage) {
    state.original =
      type === 7 ? editMessage(payloadMessage, fields, call.attachments) : payloadMessage;
    if (type === 7) resource = { type, message: state.original };
  }
  state.callbackType = type;
  if (call.query["with_response"] !== "true") return { status: 204 };
  const flags = typeof state.original?.["flags"] === "number" ? state.original["flags"] : 0;
  const interaction: JsonObject = {
    id: state.id,
    type: state.type,
    activity_instance_id: null,
    ...(state.original
      ? {
          response_message_id: String(state.original["id"]),
          response_message_loading: type === 5,
          response_message_ephemeral: (flags & 64) !== 0,
        }
      : {}),
  };
  return { status: 200, body: resource ? { interaction, resource } : { interaction } };
}

function message(state: InteractionState, id: string): JsonObject | undefined {
  return id === "@original" ? state.original : state.followUps.get(id);
}

function messageRoute(state: InteractionState, call: RestCall, id: string): RestAnswer {
  const found = message(state, id);
  if (!found) return unknownMessage;
  if (call.method === "GET") return { status: 200, body: found };
  if (call.method === "DELETE") {
    if (id === "@original") state.original = undefined;
    else state.followUps.delete(id);
    return { status: 204 };
  }
  const edited = editMessage(found, call.body, call.attachments);
  if (id === "@original") state.original = edited;
  else state.followUps.set(id, edited);
  return { status: 200, body: edited };
}

/**
 * The interaction callback and the interaction webhook routes (follow-ups and `@original`), with
 * Discord's errors: unknown or expired interaction (10062), already acknowledged (40060), unknown
 * webhook before the acknowledgement (10015), unknown message (10008).
 */
export function interactionRoutes(store: InteractionStore, ackDeadlineMs: number): RestRoute[] {
  const webhook = (appId: string, token: string): InteractionState | undefined => {
    const state = store.byToken(token);
    return state && state.origin.applicationId === appId && state.callbackType !== undefined
      ? state
      : undefined;
  };
  return [
    {
      method: "POST",
      pattern: /^\/interactions\/(\d+)\/([^/]+)\/callback$/,
      auth: false,
      handle: (call, [id = "", token = ""]) => {
        const state = store.byId(id);
        return state && state.token === token
          ? callback(state, call, ackDeadlineMs)
          : unknownInteraction;
      },
    },
    {
      method: "POST",
      pattern: /^\/webhooks\/(\d+)\/([^/]+)$/,
      auth: false,
      handle: (call, [appId = "", token = ""]) => {
        const state = webhook(appId, token);
        if (!state) return unknownWebhook;
        const created = createMessage(state.origin, call.body, call.attachments);
        state.followUps.set(String(created["id"]), created);
        return { status: 200, body: created };
      },
    },
    ...["GET", "PATCH", "DELETE"].map((method): RestRoute => ({
      method,
      pattern: /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/,
      auth: false,
      handle: (call, [appId = "", token = "", id = ""]) => {
        const state = webhook(appId, token);
        return state ? messageRoute(state, call, id) : unknownWebhook;
      },
    })),
  ];
}
