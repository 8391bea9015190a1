import { ConfigError } from "./config.js";
import { CorpusError } from "./errors.js";
import { configure, loadKnowledge } from "./startup.js";
import { liveKnowledge } from "./knowledge/liveKnowledge.js";
import { runLiveConsole } from "./cli/liveConsole.js";

/**
 * `npm start`: logs in to Discord when a token is configured; otherwise opens the local
 * console and says why (logging only warnings there, so the console stays readable). SIGINT
 * and SIGTERM finish the replies under way, log out and exit 0. With `SHARD_COUNT` above 1 or
 * `auto`, it manages one process per shard instead, and never loads the knowledge itself.
 * The bot and the console follow changes to the corpus folder (see `liveKnowledge`).
 */
async function start(): Promise<number> {
  const configured = configure((config) => (config.discord ? "info" : "warn"));
  const { config, logger } = configured;
  // discord.js is loaded only for the bot: it is a third of the console's start otherwise.
  if (config.discord && config.shardCount !== 1) {
    const { runShards } = await import("./discord/runShards.js");
    return (await runShards(config.discord, config.shardCount, logger)) ?? 0;
  }
  // Said before the corpus loads: a first start over a large corpus takes a while.
  if (!config.discord)
    process.stderr.write(
      "No DISCORD_TOKEN is set, so Newsdesk runs as a local console (see README to connect it to Discord).\n",
    );
  const knowledge = await loadKnowledge(configured);
  if (!config.discord) {
    await runLiveConsole(configured, knowledge);
    return 0;
  }
  const { runBot } = await import("./discord/runBot.js");
  const live = await liveKnowledge(configured, knowledge);
  await runBot({ config, logger, knowledge }, config.discord, live.current);
  return 0;
}

try {
  process.exitCode = await start();
} catch (error) {
  if (error instanceof ConfigError || error instanceof CorpusError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
  } else throw error;
}
