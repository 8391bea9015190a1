import { runConsole } from "./cli/console.js";
import { ConfigError } from "./config.js";
import { createBot } from "./discord/createBot.js";
import { startup } from "./startup.js";

/**
 * `npm start`: logs in to Discord when a token is configured; otherwise opens the local
 * console and says why (logging only warnings there, so the console stays readable). SIGINT and SIGTERM finish the replies under way, log out and exit 0.
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
  const bot = createBot(config.discord, () => knowledge, logger, config.cooldownSeconds);
  const stop = async (signal: string): Promise<void> => {
    logger.info({ signal }, "shutting down: finishing replies under way");
    await bot.settle();
    await bot.client.destroy();
    logger.info("logged out");
    process.exit(0);
  };
  process.once("SIGINT", (s) => void stop(s));
  process.once("SIGTERM", (s) => void stop(s));
  await bot.client.login(config.discord.token);
  return 0;
}

try {
  process.exitCode = await start();
} catch (error) {
  if (
    error instanceof ConfigError ||
    (error instanceof Error && error.message.startsWith("corpus:"))
  ) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
  } else throw error;
}
