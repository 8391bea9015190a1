import {
  MessageFlags,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
} from "discord.js";
import { findCommand } from "../../commands/index.js";
import { parseInput } from "../../commands/parseInput.js";
import { UserError } from "../errors.js";
import type { Knowledge } from "../knowledge.js";
import type { Logger } from "../logger.js";
import { DISCORD_LIMITS, truncate } from "./limits.js";
import { DISCORD_RENDERERS } from "./render/index.js";
import { NO_MENTIONS } from "./render/reply.js";

/** What the dispatcher needs: the current knowledge (swapped whole on reload) and a logger. */
export interface DispatcherDeps {
  readonly knowledge: () => Knowledge;
  readonly logger: Logger;
}

/** Shown when something other than the user's input went wrong. */
export const APOLOGY = "Sorry, something went wrong while answering. Please try again in a moment.";

/**
 * Handles every interaction: commands and their autocomplete. It holds the only catch: an
 * error the user can act on is shown to them alone; anything else is logged with the command
 * and user and answered with a short apology.
 */
export function createDispatcher(
  deps: DispatcherDeps,
): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    try {
      if (interaction.isChatInputCommand()) await runCommand(interaction, deps);
      else if (interaction.isAutocomplete()) await complete(interaction, deps);
    } catch (error) {
      const command = "commandName" in interaction ? interaction.commandName : undefined;
      if (!(error instanceof UserError)) {
        deps.logger.error(
          { err: error, command, userId: interaction.user.id, interactionId: interaction.id },
          "interaction failed",
        );
      }
      const message = error instanceof UserError ? error.message : APOLOGY;
      await tellPrivately(interaction, message).catch((failure: unknown) =>
        deps.logger.error(
          { err: failure, command, userId: interaction.user.id },
          "could not send the error reply",
        ),
      );
    }
  };
}

async function runCommand(
  interaction: ChatInputCommandInteraction,
  deps: DispatcherDeps,
): Promise<void> {
  const command = findCommand(interaction.commandName);
  const render = DISCORD_RENDERERS[interaction.commandName];
  if (!command || !render)
    throw new UserError(
      `Unknown command /${interaction.commandName}. It may have been removed; try /help.`,
    );
  const raw: Record<string, unknown> = {};
  for (const option of command.options) {
    const value = interaction.options.get(option.name)?.value;
    if (value !== undefined) raw[option.name] = value;
  }
  const result = command.run(deps.knowledge(), parseInput(command, raw));
  await interaction.reply({ ...render(result), allowedMentions: NO_MENTIONS });
}

async function complete(interaction: AutocompleteInteraction, deps: DispatcherDeps): Promise<void> {
  const command = findCommand(interaction.commandName);
  const focused = interaction.options.getFocused(true);
  const choices = command?.complete?.(deps.knowledge(), focused.name, String(focused.value)) ?? [];
  await interaction.respond(
    choices.slice(0, DISCORD_LIMITS.choices).map((c) => ({
      name: truncate(c.name, DISCORD_LIMITS.choiceName),
      value: truncate(c.value, DISCORD_LIMITS.choiceValue),
    })),
  );
}

async function tellPrivately(interaction: Interaction, message: string): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (!interaction.isRepliable()) return;
  const payload = {
    content: truncate(message, DISCORD_LIMITS.content),
    allowedMentions: NO_MENTIONS,
  };
  if (interaction.replied || interaction.deferred)
    await interaction.followUp({ ...payload, flags: MessageFlags.Ephemeral });
  else await interaction.reply({ ...payload, flags: MessageFlags.Ephemeral });
}
