import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBot, type BotProcess } from "../support/botProcess.js";
import { startDiscordStandIn, type DiscordStandIn } from "../support/discord/index.js";

const ROOT = path.join(import.meta.dirname, "../..");

/** `.env.example` with only the keys the README's setup tells an operator to fill. */
function filledIn(example: string, values: Record<string, string>): string {
  return example
    .split("\n")
    .map((line) => {
      const key = /^([A-Z_]+)=$/u.exec(line)?.[1];
      return key && key in values ? `${key}=${values[key]}` : line;
    })
    .join("\n");
}

let standIn: DiscordStandIn;
let bot: BotProcess;

beforeAll(async () => {
  standIn = await startDiscordStandIn();
  const example = await readFile(path.join(ROOT, ".env.example"), "utf8");
  // The README: `cp .env.example .env`, fill in DISCORD_TOKEN and DISCORD_CLIENT_ID. The API URL
  // points the bot at the stand-in; every other key stays empty, as the file ships.
  const dotenv = filledIn(example, {
    DISCORD_TOKEN: standIn.token,
    DISCORD_CLIENT_ID: standIn.applicationId,
    DISCORD_API_URL: standIn.apiUrl,
  });
  expect(dotenv).toMatch(/^SHARD_COUNT=$/mu);
  bot = await startBot(standIn, {}, { dotenv });
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await standIn?.close();
});

describe("the bot started from a copy of .env.example, as the README sets it up", () => {
  it("logs in with every other key left empty, each meaning its default", () => {
    expect(bot.logs()).not.toMatch(/shardCount|RangeError|TypeError/u);
    expect(standIn.gatewayEvents.filter((e) => e.kind === "identify")).toHaveLength(1);
  });

  it("answers a question", async () => {
    const reply = await standIn.dispatchInteraction(
      standIn.build.chatInput({
        name: "ask",
        options: { question: "Who was the first country to recognize the Taliban government?" },
      }),
    );
    expect(JSON.stringify(reply.body)).toContain("Russia");
  });

  it("stops on SIGTERM with exit code 0", async () => {
    expect(await bot.stop("SIGTERM")).toBe(0);
  });
});
