import type { InteractionInit, InteractionLocation } from "./interactionBase.js";
import {
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
  stringSelectInteraction,
} from "./interactionPayloads.js";
import type { AutocompleteInit, ChatInputInit, ComponentInit } from "./interactionPayloads.js";
import type { GuildFixture, JsonObject } from "./types.js";

/** A builder's input without what the stand-in knows (application id; location defaults to the first guild). */
export type Bound<T extends InteractionInit> = Omit<T, "applicationId" | "location"> & {
  readonly location?: InteractionLocation;
};

/** Payload builders bound to one stand-in: its application id, its guilds, its registered commands. */
export interface PayloadBuilders {
  /** `{ kind: "guild" }` for the stand-in's guild at `index` (default the first). */
  inGuild(index?: number): InteractionLocation;
  /** The bot's DM with the invoking user. */
  inDm(): InteractionLocation;
  /** A DM or group DM between users, where only a user-installed app can answer. */
  inPrivateChannel(): InteractionLocation;
  chatInput(init: Bound<ChatInputInit>): JsonObject;
  autocomplete(init: Bound<AutocompleteInit>): JsonObject;
  button(init: Bound<ComponentInit>): JsonObject;
  stringSelect(init: Bound<ComponentInit & { readonly values: readonly string[] }>): JsonObject;
}

/** Binds the payload builders to an application, its guilds and its registered commands. */
export function bindBuilders(
  applicationId: string,
  guilds: readonly GuildFixture[],
  commands: ReadonlyMap<string, readonly JsonObject[]>,
): PayloadBuilders {
  const inGuild = (index = 0): InteractionLocation => {
    const guild = guilds[index];
    if (!guild) throw new Error(`discord stand-in: there is no guild at index ${index}`);
    return { kind: "guild", guild };
  };
  const full = <T extends InteractionInit>(init: Bound<T>): T =>
    ({ ...init, applicationId, location: init.location ?? inGuild() }) as T;
  /** The id Discord gave the command when the bot registered it (guild first, then global). */
  const commandId = (name: string, location: InteractionLocation): { commandId?: string } => {
    const scopes = [...(location.kind === "guild" ? [location.guild.id] : []), "global"];
    const found = scopes.flatMap((s) => commands.get(s) ?? []).find((c) => c["name"] === name);
    return typeof found?.["id"] === "string" ? { commandId: found["id"] } : {};
  };
  return {
    inGuild,
    inDm: () => ({ kind: "dm" }),
    inPrivateChannel: () => ({ kind: "privateChannel" }),
    chatInput: (init) => {
      const f = full<ChatInputInit>(init);
      return chatInputInteraction({ ...commandId(f.name, f.location), ...f });
    },
    autocomplete: (init) => {
      const f = full<AutocompleteInit>(init);
      return autocompleteInteraction({ ...commandId(f.name, f.location), ...f });
    },
    button: (init) => buttonInteraction(full<ComponentInit>(init)),
    stringSelect: (init) =>
      stringSelectInteraction(full<ComponentInit & { readonly values: readonly string[] }>(init)),
  };
}
