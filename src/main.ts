import { runConsole } from "./cli/console.js";
import { ConfigError } from "./config.js";
import { CorpusError } from "./errors.js";
import { runBot } from "./discord/runBot.js";
import { runShards } from "./discord/runShards.js";
import { startup } from "./startup.js";

/**
 * `npm start`: logs in to Discord when a token is configured; otherwise opens the local
 * console and says why (logging only warnings there, so the console stays readable). SIGINT and SIGTERM finish the replies under way, log out and exit 0.
 * With `SHARD_COUNT` above 1 or `auto`, it starts one process per shard instead; the knowledge
 * built here first leaves a snapshot that every shard loads.
 */
async function start(): Promise<number> {
  const { config, logger, knowledge } = await startup((config) =>
    config.discord ? "info" : "warn",
  );
  if (!config.discord) {
    process.stderr.write(
      "No DISCORD_TOKEN is set, so Newsdesk runs as a local console (see README to connect it to Discord).\n",
    );
    await runConsole(knowledge, {
      input: process.stdin,
      output: process.stdout,
      interactive: process.stdin.isTTY === true,
    });
    return 0;
  }
  if (config.shardCount === 1) await runBot({ config, logger, knowledge }, config.discord);
  else await runShards(config.discord, config.shardCount, logger);
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
