import { describe, expect, it } from "vitest";
import { startBot } from "../support/botProcess.js";
import { startDiscordStandIn } from "../support/discord/index.js";

describe("shutdown", () => {
  it(
    "gives up on replies to a REST API that never answers, logs what it abandoned and exits 0",
    { timeout: 90_000 },
    async () => {
      const standIn = await startDiscordStandIn();
      try {
        const bot = await startBot(standIn);
        standIn.failNext({
          status: "hang",
          match: (r) => r.path.startsWith("/interactions/"),
          count: Infinity,
        });
        const payload = standIn.build.chatInput({ name: "ask", options: { question: "Who?" } });
        void standIn.dispatchInteraction(payload, 60_000).catch(() => undefined);
        await standIn.waitForRequest((r) => r.fault === "hang", 20_000);
        const started = performance.now();
        expect(await bot.stop("SIGTERM")).toBe(0);
        // Without a bound this takes two minutes (discord.js retries a timed-out request 3 times
        // 15 s apart, then the apology likewise); with it, about ten seconds.
        expect(performance.now() - started).toBeLessThan(40_000);
        const lines = bot.logLines();
        expect(lines).toContainEqual(
          expect.objectContaining({ abandoned: 1, msg: expect.stringMatching(/abandoned/u) }),
        );
        expect(lines.at(-1)).toMatchObject({ msg: "logged out" });
      } finally {
        await standIn.close();
      }
    },
  );
});
