import type { AutocompleteInteraction, ChatInputCommandInteraction } from "discord.js";
import { findCommand } from "../../commands/index.js";
import { parseInput } from "../../commands/parseInput.js";
import { UserError } from "../errors.js";
import type { DispatcherDeps } from "./dispatcher.js";
import { DISCORD_LIMITS, truncate } from "./limits.js";
import { offerFollowUp, threadConversation } from "./followUpThreads.js";
import { openView } from "./openView.js";
import { DISCORD_RENDERERS } from "./render/index.js";
import type { Acknowledgement } from "./acknowledge.js";
import { renderView } from "./renderView.js";

/**
 * Runs a slash command: cooldown, input validation (mistakes go back to the user alone), the
 * core call in its turn of the work queue, and the reply with its buttons. Commands marked
 * `defer` are acknowledged first; every other one is answered directly when it is ready in
 * time, or through "thinking…" when its {@link Acknowledgement} times out first.
 */
export async function runCommand(
  interaction: ChatInputCommandInteraction,
  deps: DispatcherDeps,
  ack: Acknowledgement,
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
  if (command.defer) void ack.defer().catch(() => undefined);
  // In a thread opened on an answer, a question may follow up on the last one asked there.
  const conversation = threadConversation(deps.threads, interaction.channelId);
  // The core call and the rendering are one job: both cost CPU, so both are paced and counted.
  // The corpus is read when the job runs, not when it is queued: a reload may have swapped it
  // in the meantime, and the version it replaced is retired (its index refuses to search).
  const view = await deps.work.run(() => {
    const knowledge = deps.knowledge();
    return renderView(
      interaction.commandName,
      command.run(knowledge, input, conversation ? { conversation } : {}),
      knowledge,
      render,
    );
  });
  const shown = offerFollowUp(await view(deps.pictures), interaction, deps.threads);
  await ack.send(openView(shown, interaction.user.id, deps));
}

/** Answers autocomplete for the focused option: at most 25 choices of at most 100 characters. */
export async function complete(
  interaction: AutocompleteInteraction,
  deps: DispatcherDeps,
): Promise<void> {
  const command = findCommand(interaction.commandName);
  // A request with no focused option, or a value longer than the option allows, did not come
  // from a Discord client: it gets no choices, and costs no work.
  const focused = interaction.options.data.find((option) => option.focused);
  const limit =
    command?.options.find((o) => o.name === focused?.name)?.maxLength ?? DISCORD_LIMITS.optionValue;
  const value = String(focused?.value ?? "");
  const knowledge = deps.knowledge();
  const choices =
    command?.complete && focused && value.length <= limit
      ? deps.completions.get(
          knowledge,
          { command: command.name, option: focused.name, value },
          () => command.complete?.(knowledge, focused.name, value) ?? [],
        )
      : [];
  await interaction.respond(
    choices.slice(0, DISCORD_LIMITS.choices).map((c) => ({
      name: truncate(c.name, DISCORD_LIMITS.choiceName),
      value: truncate(c.value, DISCORD_LIMITS.choiceValue),
    })),
  );
}
