import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildKnowledge } from "../../src/knowledge/buildKnowledge.js";
import { execute } from "../../src/cli/execute.js";
import { parseCommandLine } from "../../src/cli/parseCommandLine.js";
import type { Knowledge } from "../../src/knowledge/knowledge.js";
import { expectCitationsHold } from "../support/citations/index.js";

let knowledge: Knowledge;
let dir: string;
beforeAll(async () => {
  knowledge = await buildKnowledge(path.join(import.meta.dirname, "../../corpus"));
  dir = await mkdtemp(path.join(tmpdir(), "newsdesk-timeline-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const run = (...args: string[]) => execute(knowledge, parseCommandLine(args));

describe("timeline in the terminal", () => {
  it("prints exactly one JSON object with dated, cited events oldest first", () => {
    const out = JSON.parse(run("timeline", "--json").stdout) as {
      events: Array<{
        date: string;
        end: string | null;
        precision: string;
        inferred: boolean;
        text: string;
        citations: Array<{ n: number; articleId: string; paragraph: number; passage: string }>;
      }>;
    };
    expect(Object.keys(out)).toEqual(["title", "matched", "events"]);
    const dates = out.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(out.events[0]).toMatchObject({
      date: "1996",
      end: "2001",
      precision: "range",
      inferred: false,
    });
    const recognition = out.events.find((e) => e.date === "2025-07-03");
    expect(recognition?.citations.map((c) => c.articleId).sort()).toEqual([
      "russia-first-country-to-recognize-taliban",
      "russia-recognizes-taliban-historic-shift",
    ]);
    for (const e of out.events) expect(e.citations.length).toBeGreaterThan(0);
    expect(expectCitationsHold(out, knowledge)).toBe(out.events.length);
  });

  it("cites each event in the text to a paragraph that states it", () => {
    const text = run("timeline").stdout;
    expect(expectCitationsHold(text, knowledge)).toBeGreaterThanOrEqual(5);
  });

  it("filters by topic and dates", () => {
    const out = JSON.parse(
      run("timeline", "terrorist", "--from", "April 2024", "--to", "2024", "--json").stdout,
    ) as { events: Array<{ date: string }> };
    // Putin's remark ("combating terrorism") is dated only "2024", which overlaps the window.
    expect(out.events.map((e) => e.date)).toEqual(["2024", "2024-04"]);
  });

  it.each([
    [["--from", "2025", "--to", "2024"], /`from` \(2025\) is after `to` \(2024\)/u],
    [["--from", "yesterday-ish"], /`from`/u],
    [["--to", "2024-13"], /`to`/u],
  ])("answers bad dates %j with a message and exit code 2", (args, message) => {
    const out = run("timeline", ...args);
    expect(out.exitCode).toBe(2);
    expect(out.stdout).toMatch(message);
  });

  it("says so when nothing matches, and how many events there are in all", () => {
    expect(run("timeline", "--from", "1800", "--to", "1801").stdout).toMatch(
      /No dated events from 1800, to 1801\. The articles mention \d+ dated events in all/u,
    );
  });

  it("writes the picture as a PNG with --png", async () => {
    const file = path.join(dir, "t.png");
    expect(run("timeline", "--png", file).stdout).toContain(`Picture written to ${file}`);
    const png = await readFile(file);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
  });

  it("refuses --png where there is no picture", () => {
    expect(run("ask", "When?", "--png", path.join(dir, "x.png"))).toMatchObject({
      exitCode: 2,
      stdout: expect.stringContaining("--png works with timeline"),
    });
  });
});
