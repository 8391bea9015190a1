import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bot } from "../../src/discord/createBot.js";
import { startDiscordStandIn, type DiscordStandIn } from "../support/discord/index.js";
import { literalKnowledge } from "../support/literalKnowledge.js";
import { startInProcessBot } from "../support/inProcessBot.js";

/**
 * A host so overloaded that every first response reaches Discord too late: the stand-in refuses
 * each, as Discord does, with "Unknown interaction" (10062). The bot can no longer reach the
 * user; it must not try an apology (refused the same way) nor log two errors per interaction.
 */
let standIn: DiscordStandIn;
let bot: Bot;
let logged: Array<Record<string, unknown>>;

beforeAll(async () => {
  standIn = await startDiscordStandIn({ ackDeadlineMs: 0 });
  const knowledge = literalKnowledge([
    {
      id: "harbour",
      title: "Harbour reopens",
      body: "The harbour reopened on 3 March 2021, the mayor said.",
    },
  ]);
  ({ bot, logged } = await startInProcessBot(standIn, knowledge, "info"));
}, 60_000);

afterAll(async () => {
  await bot?.close();
  await bot?.client.destroy();
  await standIn?.close();
});

describe("responses Discord refuses as too late", () => {
  it("are counted in the overload summary, with no apology and no error line", async () => {
    const build = [
      () => standIn.build.chatInput({ name: "ask", options: { question: "When did it reopen?" } }),
      () => standIn.build.chatInput({ name: "help" }),
    ];
    const payloads = [];
    for (const next of build) {
      // Built when sent: an interaction's id carries the moment the user acted.
      const payload = next();
      payloads.push(payload);
      // dispatchInteraction waits for an accepted reply, which never comes here.
      void standIn.dispatchInteraction(payload, 100).catch(() => undefined);
      const refused = await standIn.waitForRequest(
        (r) => r.interactionId === payload["id"] && r.path.endsWith("/callback"),
        10_000,
      );
      expect(refused.status).toBe(404);
    }
    // Whatever the bot would send after the refusal, it sends within moments of it.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await bot.settle();
    await bot.close();
    for (const payload of payloads)
      expect(standIn.interactionRequests(payload).map((r) => `${r.method} ${r.status}`)).toEqual([
        "POST 404",
      ]);
    expect(logged.filter((l) => Number(l["level"]) >= 50)).toEqual([]);
    expect(logged.filter((l) => l["msg"] === "interaction")).toEqual([
      expect.objectContaining({ command: "ask", outcome: "expired" }),
      expect.objectContaining({ command: "help", outcome: "expired" }),
    ]);
    expect(logged.find((l) => String(l["msg"]).startsWith("overload:"))).toMatchObject({
      level: 40,
      expired: 2,
    });
  });
});
