import { Writable } from "node:stream";
import { pino } from "pino";
import { createBot, type Bot } from "../../src/discord/createBot.js";
import type { Knowledge } from "../../src/knowledge/knowledge.js";
import type { DiscordStandIn } from "./discord/index.js";

/** A bot running in the test's own process, and every line it logged, parsed. */
export interface InProcessBot {
  readonly bot: Bot;
  readonly logged: Array<Record<string, unknown>>;
}

/**
 * The bot exactly as `npm start` builds it (client options, the real dispatcher), in this
 * process, against `standIn`, logged in and ready; its log lines at `level` and above are kept.
 */
export async function startInProcessBot(
  standIn: DiscordStandIn,
  knowledge: Knowledge,
  level: string,
): Promise<InProcessBot> {
  const logged: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n").filter(Boolean))
        logged.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const discord = {
    token: standIn.token,
    clientId: standIn.applicationId,
    guildId: null,
    apiUrl: standIn.apiUrl,
  };
  const bot = createBot(discord, () => knowledge, pino({ level }, sink), 0);
  const ready = new Promise((resolve) => bot.client.once("clientReady", resolve));
  await bot.client.login(standIn.token);
  await ready;
  return { bot, logged };
}
