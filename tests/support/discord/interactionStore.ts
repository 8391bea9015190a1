import type { MessageOrigin } from "./messages.js";
import type { JsonObject } from "./types.js";

/** What the stand-in remembers about one dispatched interaction. */
export interface InteractionState {
  readonly id: string;
  readonly token: string;
  /** Interaction type: 2 command, 3 component, 4 autocomplete, 5 modal submit. */
  readonly type: number;
  readonly payload: JsonObject;
  readonly origin: MessageOrigin;
  /** `performance.now()` when INTERACTION_CREATE was sent. */
  readonly dispatchedAt: number;
  /** The callback type the bot answered with, once it has. */
  callbackType: number | undefined;
  /** The original response (`@original`), once there is one. */
  original: JsonObject | undefined;
  /** Follow-up messages by id. */
  readonly followUps: Map<string, JsonObject>;
}

/** Interactions the stand-in dispatched, by id and by token. */
export class InteractionStore {
  readonly #byId = new Map<string, InteractionState>();
  readonly #byToken = new Map<string, InteractionState>();

  /** Remembers an interaction as it is dispatched. */
  add(payload: JsonObject, botUser: JsonObject): InteractionState {
    const id = String(payload["id"]);
    const token = String(payload["token"]);
    const user = (payload["member"] as JsonObject | undefined)?.["user"] ?? payload["user"] ?? null;
    const data = payload["data"] as JsonObject | undefined;
    const state: InteractionState = {
      id,
      token,
      type: Number(payload["type"]),
      payload,
      origin: {
        applicationId: String(payload["application_id"]),
        botUser,
        channelId: String(payload["channel_id"]),
        guildId: typeof payload["guild_id"] === "string" ? payload["guild_id"] : undefined,
        interactionMetadata: {
          id,
          type: Number(payload["type"]),
          user,
          authorizing_integration_owners: payload["authorizing_integration_owners"] ?? {},
          ...(typeof data?.["name"] === "string" ? { name: data["name"] } : {}),
        },
      },
      dispatchedAt: performance.now(),
      callbackType: undefined,
      original: undefined,
      followUps: new Map(),
    };
    this.#byId.set(id, state);
    this.#byToken.set(token, state);
    return state;
  }

  /** The interaction with this id, if the stand-in dispatched it. */
  byId(id: string): InteractionState | undefined {
    return this.#byId.get(id);
  }

  /** The interaction with this token, if the stand-in dispatched it. */
  byToken(token: string): InteractionState | undefined {
    return this.#byToken.get(token);
  }
}
