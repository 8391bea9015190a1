import { afterAll, beforeAll } from "vitest";
import { startBot, type BotProcess } from "./botProcess.js";
import { startDiscordStandIn, userPayload, type DiscordStandIn } from "./discord/index.js";

/**
 * Sends one /help and one /ask, from a user of their own, and waits for their replies (or
 * gives up quietly): a process's first run of the answering code is slow (compiling it, on a
 * busy 2-core machine several seconds), and that is start-up, not what the tests measure.
 */
export async function warmUp(standIn: DiscordStandIn): Promise<void> {
  const user = userPayload("110987654321098765", "warm-up");
  // One of each in every guild, so that each shard process is warmed.
  const payloads = standIn.guilds.flatMap((_, i) => {
    const location = standIn.build.inGuild(i);
    return [
      standIn.build.chatInput({ name: "help", user, location }),
      standIn.build.chatInput({
        name: "ask",
        options: { question: "Who is it about?" },
        user,
        location,
      }),
    ];
  });
  for (const payload of payloads)
    await standIn.dispatchInteraction(payload, 15_000).catch(() => undefined);
}

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
    await warmUp(standIn);
    ready(standIn, bot);
  }, 60_000);
  afterAll(async () => {
    await bot?.stop();
    await standIn?.close();
  });
}
