import { describe, expect, it } from "vitest";
import type { Interaction } from "discord.js";
import {
  ARRIVAL_LAG_SHED_MS,
  Admission,
  BUSY,
  MAX_QUEUE_WAIT_MS,
} from "../../src/discord/admission.js";
import type { WorkQueue } from "../../src/discord/workQueue.js";
import { createLogger } from "../../src/logger.js";

/** A command interaction as far as admission reads it, recording what it is sent. */
function command(createdTimestamp: number) {
  const sent: unknown[] = [];
  const interaction = {
    createdTimestamp,
    isChatInputCommand: () => true,
    reply: (payload: unknown) => {
      sent.push(payload);
      return Promise.resolve();
    },
  };
  return { interaction: interaction as unknown as Interaction, sent };
}

const queue = (waitMs: number, length = 1) =>
  ({ estimatedWaitMs: () => waitMs, length }) as unknown as WorkQueue;

describe("Admission", () => {
  it("runs a fresh command when the queue is short", () => {
    const { interaction, sent } = command(1_000);
    expect(new Admission(queue(100), createLogger("silent"), () => 1_200).admit(interaction)).toBe(
      "run",
    );
    expect(sent).toEqual([]);
  });

  it("sheds a command the queue would hold too long, with a private busy reply", () => {
    const { interaction, sent } = command(1_000);
    const admission = new Admission(
      queue(MAX_QUEUE_WAIT_MS + 1),
      createLogger("silent"),
      () => 1_200,
    );
    expect(admission.admit(interaction)).toBe("shed");
    expect(sent).toEqual([expect.objectContaining({ content: BUSY, flags: 64 })]);
  });

  it("drops, without a word, a command already past Discord's 3 s", () => {
    const { interaction, sent } = command(1_000);
    expect(new Admission(queue(0), createLogger("silent"), () => 4_000).admit(interaction)).toBe(
      "stale",
    );
    expect(sent).toEqual([]);
  });

  it("sheds commands while interactions keep reaching the bot late, and runs them again once on time", () => {
    let now = 10_000;
    const admission = new Admission(queue(0), createLogger("silent"), () => now);
    const lateBy = (ms: number) => admission.admit(command(now - ms).interaction);
    // One late arrival is a hiccup, not an overload.
    expect(lateBy(ARRIVAL_LAG_SHED_MS + 500)).toBe("run");
    // A run of them means the bot is behind with Discord's traffic itself.
    const decisions = Array.from({ length: 10 }, () => lateBy(ARRIVAL_LAG_SHED_MS + 500));
    expect(decisions.at(-1)).toBe("shed");
    // Arrivals on time again: commands run again.
    now += 1_000;
    const later = Array.from({ length: 20 }, () => lateBy(50));
    expect(later.at(-1)).toBe("run");
  });
});
