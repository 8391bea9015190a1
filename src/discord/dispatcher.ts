import { MessageFlags, type Interaction } from "discord.js";
import { UserError } from "../errors.js";
import type { Knowledge } from "../knowledge.js";
import type { Logger } from "../logger.js";
import type { AskedQuestion } from "../answer/followUp.js";
import { Cooldown } from "./cooldown.js";
import { followUpThreads } from "./followUpThreads.js";
import { complete, runCommand } from "./handleCommand.js";
import { handleComponent } from "./handleComponent.js";
import { safeMessage } from "./escape.js";
import { DISCORD_LIMITS, truncate } from "./limits.js";
import { NO_MENTIONS } from "./render/reply.js";
import type { DiscordView } from "./render/view.js";
import { SessionStore } from "./sessions.js";

/** State behind one message's buttons. */
export interface ViewSession {
  readonly userId: string;
  readonly view: DiscordView;
}

/** What the handlers share: the knowledge, the logger and the interaction state. */
export interface DispatcherDeps {
  readonly knowledge: () => Knowledge;
  readonly logger: Logger;
  readonly sessions: SessionStore<ViewSession>;
  readonly cooldown: Cooldown;
  /** Threads opened on answers, with the last question asked in each (for follow-ups). */
  readonly threads: SessionStore<AskedQuestion>;
}

/** Shown when something other than the user's input went wrong. */
export const APOLOGY = "Sorry, something went wrong while answering. Please try again in a moment.";

/** Creates the handlers' shared state. */
export function dispatcherDeps(
  knowledge: () => Knowledge,
  logger: Logger,
  cooldownSeconds: number,
): DispatcherDeps {
  return {
    knowledge,
    logger,
    sessions: new SessionStore(),
    cooldown: new Cooldown(cooldownSeconds * 1000),
    threads: followUpThreads(),
  };
}

/**
 * Handles every interaction: commands, autocomplete, buttons and menus. It holds the only
 * catch: an error the user can act on is shown to them alone; anything else is logged with the
 * command and user and answered with a short apology.
 */
export function createDispatcher(
  deps: DispatcherDeps,
): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    try {
      if (interaction.isChatInputCommand()) await runCommand(interaction, deps);
      else if (interaction.isAutocomplete()) await complete(interaction, deps);
      else if (interaction.isButton() || interaction.isStringSelectMenu())
        await handleComponent(interaction, deps);
    } catch (error) {
      const command =
        "commandName" in interaction
          ? interaction.commandName
          : "customId" in interaction
            ? interaction.customId
            : undefined;
      const context = { command, userId: interaction.user.id, interactionId: interaction.id };
      if (!(error instanceof UserError))
        deps.logger.error({ err: error, ...context }, "interaction failed");
      const message = error instanceof UserError ? error.message : APOLOGY;
      await tellPrivately(interaction, message).catch((failure: unknown) =>
        deps.logger.error({ err: failure, ...context }, "could not send the error reply"),
      );
    }
  };
}

async function tellPrivately(interaction: Interaction, message: string): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (!interaction.isRepliable()) return;
  const payload = {
    content: truncate(safeMessage(message), DISCORD_LIMITS.content),
    allowedMentions: NO_MENTIONS,
  };
  if (interaction.deferred && !interaction.replied) {
    // The "thinking…" message is public: remove it and tell the user alone.
    await interaction.deleteReply().catch(() => undefined);
    await interaction.followUp({ ...payload, flags: MessageFlags.Ephemeral });
  } else if (interaction.replied)
    await interaction.followUp({ ...payload, flags: MessageFlags.Ephemeral });
  else await interaction.reply({ ...payload, flags: MessageFlags.Ephemeral });
}
