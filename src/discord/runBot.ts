import { setTimeout as sleep } from "node:timers/promises";
import { RESTEvents } from "discord.js";
import type { DiscordConfig } from "../config.js";
import type { Knowledge } from "../knowledge/knowledge.js";
import type { Started } from "../startup.js";
import { createBot } from "./createBot.js";

/** How long a shutdown waits for the replies under way before it gives up on them. */
export const SHUTDOWN_MS = 10_000;
/** How long it then waits for the gateway to close. */
const LOGOUT_MS = 2_000;

/**
 * Logs the bot in and keeps it answering until SIGINT or SIGTERM, which finish the replies
 * under way (for at most {@link SHUTDOWN_MS}; what is abandoned is logged), log out and exit 0. `npm start` runs it once; under the ShardingManager each shard
 * process runs it (discord.js reads its shard id and count from the manager), logging with
 * `shard` and stopping too when the manager goes away. `current` is the knowledge to answer
 * from at each moment (it follows the corpus folder; by default the knowledge started with).
 */
export async function runBot(
  started: Started,
  discord: DiscordConfig,
  current: () => Knowledge = () => started.knowledge,
): Promise<void> {
  const { config, logger, knowledge } = started;
  // Extract events and speakers now (instant from a snapshot), not inside the first /timeline,
  // /quote or autocomplete, where the work would miss Discord's three seconds.
  knowledge.timeline();
  knowledge.speakers();
  const bot = createBot(discord, current, logger, config.cooldownSeconds);
  const shard = bot.client.shard;
  if (shard) logger.setBindings({ shard: shard.ids.length === 1 ? shard.ids[0] : shard.ids });
  // discord.js retries 429s and 5xx itself; log each so a struggling REST API shows in the logs.
  bot.client.rest.on(RESTEvents.Response, (request, response) => {
    if (response.status !== 429 && response.status < 500) return;
    const retryAfter = response.headers.get("retry-after");
    logger.warn(
      { method: request.method, route: request.route, status: response.status, retryAfter },
      response.status === 429
        ? "discord rate limit: retrying after the wait"
        : "discord REST error",
    );
  });
  let stopping = false;
  const stop = async (reason: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info(
      { signal: reason, inFlight: bot.inFlight },
      "shutting down: finishing replies under way",
    );
    // Replies waiting on a REST API that does not answer must not hold the process for minutes.
    const settled = await Promise.race([
      bot.settle().then(() => true),
      sleep(SHUTDOWN_MS, false, { ref: false }),
    ]);
    if (!settled)
      logger.warn(
        { abandoned: bot.inFlight, waitedMs: SHUTDOWN_MS },
        `shutting down: ${bot.inFlight} interaction(s) still unanswered after ${SHUTDOWN_MS / 1000} s, abandoned`,
      );
    await bot.close();
    await Promise.race([bot.client.destroy(), sleep(LOGOUT_MS, undefined, { ref: false })]);
    logger.info("logged out");
    process.exit(0);
  };
  process.once("SIGINT", (signal) => void stop(signal));
  process.once("SIGTERM", (signal) => void stop(signal));
  // A shard whose manager died would otherwise live on as an orphan holding a gateway session.
  if (shard) process.once("disconnect", () => void stop("manager gone"));
  await bot.client.login(discord.token);
}
