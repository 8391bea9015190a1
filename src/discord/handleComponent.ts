import { MessageFlags, type ButtonInteraction, type StringSelectMenuInteraction } from "discord.js";
import { UserError } from "../errors.js";
import type { DispatcherDeps } from "./dispatcher.js";
import { openFollowUpThread } from "./followUpThreads.js";
import { openView, turnedPage } from "./openView.js";
import { DISCORD_LIMITS } from "./limits.js";
import { CUSTOM_ID } from "./render/components.js";
import { NO_MENTIONS } from "./render/reply.js";

/** Told when a button outlived its session (restart, or older than the token's 15 minutes). */
export const EXPIRED = "These buttons have expired. Run the command again to get a fresh answer.";
/** Told when a menu choice is not one the menu offered. */
export const NOT_OFFERED = "That choice was not on the menu. Run the command again to choose.";
/** Told when someone else presses a page button. */
export const NOT_YOURS =
  "Only the person who ran this command can use these buttons. Run it yourself to browse.";

/**
 * Handles Newsdesk's buttons and menus: page turns and choices (only for the person who
 * asked), reveals (shown privately to whoever presses) and follow-up threads (anyone may open
 * one).
 */
export async function handleComponent(
  interaction: ButtonInteraction | StringSelectMenuInteraction,
  deps: DispatcherDeps,
): Promise<void> {
  // Discord caps custom ids and select values at 100 characters: anything longer was not sent
  // by a Discord client, and is refused before any work.
  const values = interaction.isStringSelectMenu() ? interaction.values : [];
  if (
    interaction.customId.length > DISCORD_LIMITS.customId ||
    values.length > 1 ||
    values.some((v) => v.length > DISCORD_LIMITS.choiceValue)
  )
    throw new UserError(EXPIRED);
  const [prefix, kind, sid, arg] = interaction.customId.split(":");
  // A button of ours always answers: an id we cannot read is treated as one from the past.
  if (prefix !== "nd" || !sid) throw new UserError(EXPIRED);
  const session = deps.sessions.get(sid);
  if (!session) throw new UserError(EXPIRED);
  const { view } = session;
  if (`nd:${kind}` === CUSTOM_ID.reveal && view.reveal) {
    await interaction.reply({
      ...view.reveal.payload,
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_MENTIONS,
    });
    return;
  }
  if (`nd:${kind}` === CUSTOM_ID.followUp && view.followUp && interaction.isButton()) {
    await openFollowUpThread(interaction, view.followUp, deps.threads);
    return;
  }
  if (interaction.user.id !== session.userId) throw new UserError(NOT_YOURS);
  if (`nd:${kind}` === CUSTOM_ID.page) {
    const page = Number(arg);
    if (!Number.isInteger(page) || !view.pages[page])
      throw new UserError("That page does not exist.");
    await interaction.update(turnedPage(view, page, sid));
    return;
  }
  if (`nd:${kind}` === CUSTOM_ID.choose && view.choose && interaction.isStringSelectMenu()) {
    // Only a value the menu offered: another speaker's id typed into a forged menu is refused.
    const value = values[0] ?? "";
    if (!view.choose.options.some((option) => option.value === value))
      throw new UserError(NOT_OFFERED);
    const next = view.choose.pick(value);
    await interaction.update(openView(next, session.userId, deps));
    return;
  }
  throw new UserError(EXPIRED);
}
