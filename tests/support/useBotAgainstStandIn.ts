import { afterAll, beforeAll } from "vitest";
import { startBot, type BotProcess } from "./botProcess.js";
import { startDiscordStandIn, type DiscordStandIn } from "./discord/index.js";

/**
 * Starts a stand-in and the bot against it before the file's tests (the bot as `npm start`
 * starts it, with `env` added), hands both to `ready`, and stops both after the tests.
 */
export function useBotAgainstStandIn(
  env: Record<string, string>,
  ready: (standIn: DiscordStandIn, bot: BotProcess) => void,
): void {
  let standIn: DiscordStandIn | undefined;
  let bot: BotProcess | undefined;
  beforeAll(async () => {
    standIn = await startDiscordStandIn();
    bot = await startBot(standIn, env);
    ready(standIn, bot);
  }, 40_000);
  afterAll(async () => {
    await bot?.stop();
    await standIn?.close();
  });
}
