import { beforeAll, describe, expect, it, vi } from "vitest";
import type { BotProcess } from "../support/botProcess.js";
import { useBotAgainstStandIn } from "../support/useBotAgainstStandIn.js";
import { nextSnowflake, type DiscordStandIn, type JsonObject } from "../support/discord/index.js";

let standIn: DiscordStandIn;
let bot: BotProcess;

useBotAgainstStandIn({}, (s, b) => {
  standIn = s;
  bot = b;
});
// A cold first reply on a busy machine can take seconds (the stand-in compiles its checks).
beforeAll(async () => {
  await standIn
    .dispatchInteraction(standIn.build.chatInput({ name: "help" }), 15_000)
    .catch(() => undefined);
}, 20_000);

/** An /ask the user sent `ageMs` ago: its id carries that moment, as Discord's ids do. */
function askSentAgo(ageMs: number): JsonObject {
  const payload = standIn.build.chatInput({ name: "ask", options: { question: "Who?" } });
  return { ...payload, id: nextSnowflake(Date.now() - ageMs) };
}

describe("a bot that is behind", () => {
  it("acknowledges at once a command that reaches it late, then answers it", async () => {
    const payload = askSentAgo(2_000);
    const ack = await standIn.dispatchInteraction(payload);
    expect(ack.body).toMatchObject({ type: 5 });
    await standIn.waitForRequest(
      (r) => r.method === "PATCH" && r.interactionId === ack.interactionId && r.status < 400,
      10_000,
    );
  });

  it("drops a command already past Discord's 3 s quietly, and sums drops up in one line", async () => {
    const sent = [askSentAgo(4_000), askSentAgo(4_000), askSentAgo(4_000)];
    for (const payload of sent)
      await expect(standIn.dispatchInteraction(payload, 1_500)).rejects.toThrow(/timed out/u);
    for (const payload of sent) expect(standIn.interactionRequests(payload)).toEqual([]);
    // Summed over the summary lines: one may already have counted an earlier test's interaction.
    const summaries = () => bot.logLines().filter((l) => String(l["msg"]).startsWith("overload:"));
    await vi.waitFor(
      () => {
        expect(summaries().reduce((sum, l) => sum + Number(l["stale"]), 0)).toBeGreaterThanOrEqual(
          3,
        );
      },
      { timeout: 10_000, interval: 100 },
    );
    expect(summaries().every((l) => l["level"] === 40)).toBe(true);
    expect(bot.logLines().filter((l) => Number(l["level"]) >= 50)).toEqual([]);
  });

  it("draws the timeline's picture off the main thread and attaches it", async () => {
    const ack = await standIn.dispatchInteraction(standIn.build.chatInput({ name: "timeline" }));
    const edit = await standIn.waitForRequest(
      (r) => r.method === "PATCH" && r.interactionId === ack.interactionId,
      20_000,
    );
    expect(edit.attachments).toBe(1);
  });
});
