import { DiscordAPIError, MessageFlags, RESTJSONErrorCodes, type Interaction } from "discord.js";
import { UserError } from "../errors.js";
import type { Knowledge } from "../knowledge/knowledge.js";
import type { Logger } from "../logger.js";
import { Acknowledgement, DEFER_AFTER_MS } from "./acknowledge.js";
import { Admission } from "./admission.js";
import type { AskedQuestion } from "../answer/followUp.js";
import { Completions } from "./completions.js";
import { Cooldown } from "./cooldown.js";
import { followUpThreads } from "./followUpThreads.js";
import { complete, runCommand } from "./handleCommand.js";
import { handleComponent } from "./handleComponent.js";
import { safeMessage } from "./escape.js";
import { DISCORD_LIMITS, truncate } from "./limits.js";
import { TimelinePictures } from "./pictures.js";
import { NO_MENTIONS } from "./render/reply.js";
import type { DiscordView } from "./render/view.js";
import { SESSION_BYTES, SESSION_LIMIT, SESSION_TTL_MS, SessionStore } from "./sessions.js";
import { viewBytes } from "./openView.js";
import { WorkQueue } from "./workQueue.js";

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
  /** The commands' CPU work, one job at a time (see `workQueue.ts`). */
  readonly work: WorkQueue;
  /** Timeline pictures, drawn in a worker thread. */
  readonly pictures: TimelinePictures;
  /** Threads opened on answers, with the last question asked in each (for follow-ups). */
  readonly threads: SessionStore<AskedQuestion>;
  /** Autocomplete choices already worked out, by what was typed. */
  readonly completions: Completions;
  /** What is let in under load, and the count of what was not (see `admission.ts`). */
  readonly admission: Admission;
}

/**
 * A command arriving when the work queue holds this much work, or this long after the user
 * acted, is acknowledged at once.
 */
export const BEHIND_MS = 1000;

/** Shown when something other than the user's input went wrong. */
export const APOLOGY = "Sorry, something went wrong while answering. Please try again in a moment.";

/** Creates the handlers' shared state. */
export function dispatcherDeps(
  knowledge: () => Knowledge,
  logger: Logger,
  cooldownSeconds: number,
): DispatcherDeps {
  const work = new WorkQueue();
  return {
    knowledge,
    logger,
    sessions: new SessionStore<ViewSession>(
      SESSION_TTL_MS,
      Date.now,
      SESSION_LIMIT,
      SESSION_BYTES,
      viewBytes,
    ),
    cooldown: new Cooldown(cooldownSeconds * 1000),
    work,
    pictures: new TimelinePictures(() => work.estimatedWaitMs() > BEHIND_MS),
    threads: followUpThreads(),
    completions: new Completions(),
    admission: new Admission(work, logger),
  };
}

/**
 * How an interaction ended, as its log line says. `expired`: Discord refused the bot's first
 * response as too late (an overloaded host); the user saw Discord's own failure notice.
 */
export type Outcome = "answered" | "user error" | "failed" | "expired";

/**
 * Handles every interaction: commands, autocomplete, buttons and menus. It holds the only
 * catch: an error the user can act on is shown to them alone; anything else is logged with the
 * command and user and answered with a short apology. Every interaction ends with one info line
 * (what was used, the outcome, the time from the user's action; never what they typed).
 */
export function createDispatcher(
  deps: DispatcherDeps,
): (interaction: Interaction) => Promise<Outcome> {
  return async (interaction) => {
    // Behind already (work queued, or the interaction reached us late): acknowledge at once
    // rather than on the timer, which a busy host may fire late.
    const behind =
      deps.work.estimatedWaitMs() > BEHIND_MS ||
      Date.now() - interaction.createdTimestamp > BEHIND_MS;
    const ack = interaction.isChatInputCommand()
      ? new Acknowledgement(interaction, behind ? 0 : DEFER_AFTER_MS)
      : undefined;
    let outcome: Outcome = "answered";
    try {
      if (interaction.isChatInputCommand() && ack) await runCommand(interaction, deps, ack);
      else if (interaction.isAutocomplete()) await complete(interaction, deps);
      else if (interaction.isButton() || interaction.isStringSelectMenu())
        await handleComponent(interaction, deps);
    } catch (error) {
      if (isExpired(error)) {
        // Nothing can reach the user any more: no apology (it would fail the same way), no
        // error line each; the overload summary counts them.
        deps.admission.expired();
        await ack?.settle();
        logInteraction(deps.logger, interaction, "expired");
        return "expired";
      }
      outcome = error instanceof UserError ? "user error" : "failed";
      const context = {
        ...describe(interaction),
        userId: interaction.user.id,
        interactionId: interaction.id,
      };
      if (!(error instanceof UserError))
        deps.logger.error({ err: error, ...context }, "interaction failed");
      const message = error instanceof UserError ? error.message : APOLOGY;
      await ack?.settle();
      await tellPrivately(interaction, message).catch((failure: unknown) =>
        deps.logger.error({ err: failure, ...context }, "could not send the error reply"),
      );
    }
    logInteraction(deps.logger, interaction, outcome, ack?.deferred === true);
    return outcome;
  };
}

/**
 * The one log line of each interaction's end: what was used (never user text), how it ended,
 * how long after Discord created it, and on which shard.
 */
export function logInteraction(
  logger: Logger,
  interaction: Interaction,
  outcome: Outcome | "busy",
  deferred = false,
): void {
  logger.info(
    {
      ...describe(interaction),
      outcome,
      ...(deferred ? { deferred: true } : {}),
      ms: Date.now() - interaction.createdTimestamp,
      shard: interaction.guild?.shardId ?? 0,
    },
    "interaction",
  );
}

/** What an interaction used, for logs: the command, or our component's kind; never user text. */
export function describe(interaction: Interaction): { kind: string; command?: string } {
  if (interaction.isChatInputCommand())
    return { kind: "command", command: interaction.commandName };
  if (interaction.isAutocomplete())
    return { kind: "autocomplete", command: interaction.commandName };
  if (interaction.isMessageComponent())
    return { kind: "component", command: interaction.customId.split(":", 2).join(":") };
  return { kind: `type ${interaction.type}` };
}

/** Discord's answer to a response sent after the interaction's 3 s ran out. */
function isExpired(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownInteraction;
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
