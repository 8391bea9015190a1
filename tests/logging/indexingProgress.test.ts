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

  /** A stage of `total` items run through `indexingProgress` without a terminal, one item per `msPerItem`. */
  function logged(total: number, msPerItem: number): Array<Record<string, unknown>> {
    const lines: Array<Record<string, unknown>> = [];
    const logger = pino(
      { level: "info" },
      { write: (line: string) => lines.push(JSON.parse(line)) },
    );
    let clock = 0;
    const progress = indexingProgress(logger, false, () => clock);
    progress.start("events", total);
    for (let done = 1; done <= total; done++) {
      clock += msPerItem;
      progress.update(done);
    }
    progress.stop();
    return lines;
  }

  it("logs where a long build is, with what is left, at each tenth when there is no terminal", () => {
    // 2,065 articles at 50 ms each: 103 s, a line per tenth.
    const lines = logged(2065, 50);
    expect(lines.map((l) => l.done)).toEqual([
      207, 413, 620, 826, 1033, 1239, 1446, 1652, 1859, 2065,
    ]);
    expect(lines[0]).toEqual(
      expect.objectContaining({
        stage: "events",
        total: 2065,
        msg: "indexing: 207 of 2065 articles searched for dated events, about 93 s left",
      }),
    );
  });

  it("logs no two lines within 3 s, and nothing for a stage shorter than that", () => {
    // 10 s in all: a tenth a second, so a line every third tenth.
    expect(logged(1000, 10).map((l) => l.done)).toEqual([300, 600, 900]);
    expect(logged(1000, 2)).toEqual([]);
  });

  it("logs at least every 30 s when a tenth takes longer", () => {
    // 100 items at 20 s each: a tenth takes 200 s.
    const lines = logged(100, 20_000);
    expect(lines.slice(0, 3).map((l) => l.done)).toEqual([2, 4, 6]);
    expect(lines.length).toBe(50);
  });
});
