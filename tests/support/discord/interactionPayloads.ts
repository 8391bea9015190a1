import { InteractionKind, interactionPayload } from "./interactionBase.js";
import type { InteractionInit } from "./interactionBase.js";
import { userPayload } from "./fixtures.js";
import { createMessage } from "./messages.js";
import { nextSnowflake } from "./snowflake.js";
import type { Json, JsonObject } from "./types.js";

/** An option value; the option type is inferred (string 3, integer 4, boolean 5, number 10). */
export type OptionValue = string | number | boolean;

/** A chat-input command: `/name option:value …`. */
export interface ChatInputInit extends InteractionInit {
  readonly name: string;
  readonly options?: Readonly<Record<string, OptionValue>>;
  /** The registered command's id (default: a fresh snowflake). */
  readonly commandId?: string;
}

/** An autocomplete request while the user types into `focused`. */
export interface AutocompleteInit extends ChatInputInit {
  readonly focused: string;
}

/** A press on a button or a choice in a string select under a message the bot sent. */
export interface ComponentInit extends InteractionInit {
  readonly customId: string;
  /** The message the component sits under (default: a bot message answering `/ask`). */
  readonly message?: JsonObject;
}

function optionType(value: OptionValue): number {
  if (typeof value === "string") return 3;
  if (typeof value === "boolean") return 5;
  return Number.isInteger(value) ? 4 : 10;
}

function commandData(init: ChatInputInit, focused?: string): JsonObject {
  const options: Json[] = Object.entries(init.options ?? {}).map(([name, value]) => ({
    name,
    type: optionType(value),
    value,
    ...(name === focused ? { focused: true } : {}),
  }));
  const location = init.location;
  return {
    id: init.commandId ?? nextSnowflake(),
    name: init.name,
    type: 1,
    ...(options.length > 0 ? { options } : {}),
    ...(location.kind === "guild" ? { guild_id: location.guild.id } : {}),
  };
}

/** INTERACTION_CREATE data for a chat-input command (type 2). */
export function chatInputInteraction(init: ChatInputInit): JsonObject {
  return interactionPayload(init, InteractionKind.ApplicationCommand, commandData(init));
}

/** INTERACTION_CREATE data for an autocomplete request (type 4); the focused option is typed as a string. */
export function autocompleteInteraction(init: AutocompleteInit): JsonObject {
  const data = commandData(
    {
      ...init,
      options: { ...init.options, [init.focused]: String(init.options?.[init.focused] ?? "") },
    },
    init.focused,
  );
  return interactionPayload(init, InteractionKind.Autocomplete, data);
}

function componentMessage(init: ComponentInit, payload: JsonObject): JsonObject {
  if (init.message) return init.message;
  const botUser = userPayload(init.applicationId, "Newsdesk", true);
  const invoker =
    (payload["member"] as JsonObject | undefined)?.["user"] ?? payload["user"] ?? null;
  return createMessage(
    {
      applicationId: init.applicationId,
      botUser,
      channelId: String(payload["channel_id"]),
      guildId: typeof payload["guild_id"] === "string" ? payload["guild_id"] : undefined,
      interactionMetadata: {
        id: nextSnowflake(),
        type: 2,
        user: invoker,
        name: "ask",
        authorizing_integration_owners: payload["authorizing_integration_owners"] ?? {},
      },
    },
    { content: "", components: [] },
    0,
  );
}

function componentInteraction(init: ComponentInit, data: JsonObject): JsonObject {
  const payload = interactionPayload(init, InteractionKind.MessageComponent, data);
  return { ...payload, message: componentMessage(init, payload) };
}

/** INTERACTION_CREATE data for a button press (type 3, component_type 2). */
export function buttonInteraction(init: ComponentInit): JsonObject {
  return componentInteraction(init, { custom_id: init.customId, component_type: 2 });
}

/** INTERACTION_CREATE data for a string select choice (type 3, component_type 3). */
export function stringSelectInteraction(
  init: ComponentInit & { readonly values: readonly string[] },
): JsonObject {
  return componentInteraction(init, {
    custom_id: init.customId,
    component_type: 3,
    values: [...init.values],
  });
}
