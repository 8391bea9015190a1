import path from "node:path";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { buildKnowledge } from "../../src/knowledge/buildKnowledge.js";
import { indexingProgress, type IndexingStage } from "../../src/knowledge/indexingProgress.js";

const BUSY_TOWN = path.join(import.meta.dirname, "../fixtures/busy-town");

describe("indexing progress", () => {
  it("follows a build through articles, passages, events and quotes", async () => {
    const seen: Array<[IndexingStage, number]> = [];
    let stage: IndexingStage = "articles";
    const knowledge = await buildKnowledge(BUSY_TOWN, {
      progress: {
        start: (s, total) => {
          stage = s;
          seen.push([s, total]);
        },
        update: (done) => seen.push([stage, done]),
        stop: () => undefined,
      },
    });
    knowledge.timeline();
    knowledge.speakers();
    expect(seen.filter((_, i) => i === 0 || seen[i - 1]![0] !== seen[i]![0])).toEqual([
      ["articles", 3],
      ["passages", knowledge.passages.length],
      ["events", 3],
      ["quotes", 3],
    ]);
    expect(seen.at(-1)).toEqual(["quotes", 3]);
  });

  it("logs where a long build is, with what is left, when there is no terminal", () => {
    const lines: Array<Record<string, unknown>> = [];
    const logger = pino(
      { level: "info" },
      { write: (line: string) => lines.push(JSON.parse(line)) },
    );
    const progress = indexingProgress(logger, false, 0);
    progress.start("events", 2065);
    progress.update(1000);
    expect(lines).toEqual([
      expect.objectContaining({
        stage: "events",
        done: 1000,
        total: 2065,
        msg: expect.stringMatching(
          /^indexing: 1000 of 2065 articles searched for dated events, about \d+ s left$/u,
        ),
      }),
    ]);
  });
});
