import { Client, Events, GatewayIntentBits, type Interaction } from "discord.js";
import type { DiscordConfig } from "../config.js";
import type { Knowledge } from "../knowledge/knowledge.js";
import type { Logger } from "../logger.js";
import { createDispatcher, describe, dispatcherDeps, logInteraction } from "./dispatcher.js";
import { NO_MENTIONS } from "./render/reply.js";
import { restOptions } from "./restOptions.js";
import { SeenInteractions } from "./seenInteractions.js";

/** The pace discord.js may send REST requests at (its default, 50, is for all routes). */
export const INTERACTION_REQUESTS_PER_SECOND = 1000;

/** A bot client, and a way to wait for the replies it is still sending. */
export interface Bot {
  readonly client: Client;
  /** Resolves once every interaction being handled now has been answered. */
  settle(): Promise<void>;
  /** Interactions still being handled. */
  readonly inFlight: number;
  /** Stops the picture worker and logs the overload summary still due. */
  close(): Promise<void>;
}

/**
 * Creates the discord.js client: only the Guilds intent (slash commands need no message
 * content), no mentions allowed by default, REST pointed at `apiUrl` when one is configured.
 * Each interaction is handled once (a replay after a RESUME is ignored) and only when it can
 * still be answered: see {@link Admission}.
 */
export function createBot(
  config: DiscordConfig,
  knowledge: () => Knowledge,
  logger: Logger,
  cooldownSeconds = 0,
): Bot {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    rest: {
      ...restOptions(config),
      // Interaction callbacks and webhooks, the bot's only requests once logged in, are not
      // bound by Discord's global rate limit; discord.js's default of 50 a second would hold
      // the answers to a burst back for many seconds. A real 429 is still waited out.
      globalRequestsPerSecond: INTERACTION_REQUESTS_PER_SECOND,
    },
  });
  const deps = dispatcherDeps(knowledge, logger, cooldownSeconds);
  deps.pictures.start();
  const dispatch = createDispatcher(deps);
  const { admission } = deps;
  const seen = new SeenInteractions();
  const inFlight = new Set<Promise<unknown>>();
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (!seen.firstTime(interaction.id)) {
      logger.info(
        { ...describe(interaction), interactionId: interaction.id },
        "interaction delivered again (a replay after a resume): ignored",
      );
      return;
    }
    const admitted = admission.admit(interaction);
    if (admitted === "shed") logInteraction(logger, interaction, "busy");
    if (admitted !== "run") return;
    const handling = dispatch(interaction).finally(() => inFlight.delete(handling));
    inFlight.add(handling);
  });
  client.once(Events.ClientReady, (ready) =>
    logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, "logged in to Discord"),
  );
  client.on(Events.Error, (error) => logger.error({ err: error }, "discord client error"));
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.warn({ shardId, code: event.code }, "gateway disconnected"),
  );
  client.on(Events.ShardResume, (shardId) => logger.info({ shardId }, "gateway resumed"));
  client.on(Events.ShardReconnecting, (shardId) =>
    logger.info({ shardId }, "gateway reconnecting"),
  );
  client.on(Events.ShardReady, (shardId) => logger.info({ shardId }, "gateway session ready"));
  return {
    client,
    settle: async () => {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    get inFlight() {
      return inFlight.size;
    },
    close: async () => {
      admission.flush();
      await deps.pictures.close();
    },
  };
}
