import { Client, Events, GatewayIntentBits, type Interaction } from "discord.js";
import type { DiscordConfig } from "../config.js";
import type { Knowledge } from "../knowledge.js";
import type { Logger } from "../logger.js";
import { createDispatcher, dispatcherDeps } from "./dispatcher.js";
import { NO_MENTIONS } from "./render/reply.js";
import { restOptions } from "./restOptions.js";

/** A bot client, and a way to wait for the replies it is still sending. */
export interface Bot {
  readonly client: Client;
  /** Resolves once every interaction being handled now has been answered. */
  settle(): Promise<void>;
}

/**
 * Creates the discord.js client: only the Guilds intent (slash commands need no message
 * content), no mentions allowed by default, REST pointed at `apiUrl` when one is configured.
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
    rest: restOptions(config),
  });
  const dispatch = createDispatcher(dispatcherDeps(knowledge, logger, cooldownSeconds));
  const inFlight = new Set<Promise<void>>();
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
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
  };
}
