import type { AutocompleteInteraction, ChatInputCommandInteraction } from "discord.js";
import { findCommand } from "../../commands/index.js";
import { parseInput } from "../../commands/parseInput.js";
import { UserError } from "../errors.js";
import type { DispatcherDeps } from "./dispatcher.js";
import { DISCORD_LIMITS, truncate } from "./limits.js";
import { offerFollowUp, threadConversation } from "./followUpThreads.js";
import { openView } from "./openView.js";
import { DISCORD_RENDERERS } from "./render/index.js";

/** An interaction older than this when its turn comes is acknowledged before the work. */
export const LATE_MS = 1000;

/**
 * Runs a slash command: cooldown, input validation (mistakes go back to the user alone), the
 * core call, and the reply with its buttons. Commands marked `defer` are acknowledged first,
 * so slow work never misses Discord's three seconds; so is any interaction that has already
 * waited {@link LATE_MS} (one queued behind a burst): acknowledging costs little, so a burst is
 * acknowledged in time and answered as the work gets done. (The age comes from the
 * interaction's id, Discord's clock; a host clock off by more than a second defers every
 * command, which costs one request each but stays correct.)
 */
export async function runCommand(
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
  const input = parseInput(command, raw);
  // Checked after the input, so a typo does not cost the user a wait.
  const wait = deps.cooldown.take(interaction.user.id);
  if (wait > 0) throw new UserError(`You're going a bit fast: try again in ${wait} s.`);
  if (command.defer || Date.now() - interaction.createdTimestamp > LATE_MS)
    await interaction.deferReply();
  const knowledge = deps.knowledge();
  // In a thread opened on an answer, a question may follow up on the last one asked there.
  const conversation = threadConversation(deps.threads, interaction.channelId);
  const result = command.run(knowledge, input, conversation ? { conversation } : {});
  const view = offerFollowUp(render(result, knowledge), interaction, deps.threads);
  const payload = openView(view, interaction.user.id, deps);
  if (interaction.deferred) await interaction.editReply(payload);
  else await interaction.reply(payload);
}

/** Answers autocomplete for the focused option: at most 25 choices of at most 100 characters. */
export async function complete(
  interaction: AutocompleteInteraction,
  deps: DispatcherDeps,
): Promise<void> {
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
