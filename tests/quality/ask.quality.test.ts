import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildKnowledge } from "../../src/buildKnowledge.js";
import { ANSWERABLE, UNANSWERABLE } from "./askSet.js";
import { scoreAsk } from "./scoreAsk.js";

describe("/ask quality set over the seeds", async () => {
  const knowledge = await buildKnowledge(path.join(import.meta.dirname, "../../corpus"));
  const score = scoreAsk(knowledge);

  it("has the questions the issue asks for", () => {
    expect(ANSWERABLE.length).toBeGreaterThanOrEqual(25);
    expect(UNANSWERABLE.length).toBeGreaterThanOrEqual(5);
  });

  it("answers at least 90% of answerable questions right and abstains on every other", () => {
    const right = score.answerable.filter((o) => o.ok).length;
    const abstained = score.unanswerable.filter((o) => o.ok).length;
    process.stdout.write(
      `\n/ask quality: answered ${right}/${score.answerable.length} (${(score.answeredRight * 100).toFixed(1)}%), ` +
        `abstained ${abstained}/${score.unanswerable.length} (${(score.abstainedRight * 100).toFixed(1)}%)\n`,
    );
    for (const o of [...score.answerable, ...score.unanswerable].filter((x) => !x.ok)) {
      process.stdout.write(`  miss: ${o.question} → ${o.why}\n`);
    }
    expect(score.answeredRight).toBeGreaterThanOrEqual(0.9);
    expect(score.abstainedRight).toBe(1);
  });
});
