import { describe, expect, it } from "vitest";
import { consoleOutput as runOver } from "../support/consoleOutput.js";
import { NOTHING_NEXT } from "../../src/cli/sourcePages.js";
import { literalKnowledge } from "../support/literalKnowledge.js";

// 45 articles, one a day in January and February 2024, each on its own made-up subject.
const knowledge = literalKnowledge(
  Array.from({ length: 45 }, (_, i) => {
    const day = new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
    return { id: `a${i + 1}`, title: `Story ${i + 1}`, published: day, body: `Item ${i + 1}.` };
  }),
);

const consoleOutput = (lines: readonly string[]): Promise<string> => runOver(knowledge, lines);

const listed = (text: string): string[] =>
  [...text.matchAll(/^- (Story \d+) /gmu)].map((m) => m[1]!);

describe("the console's /sources", () => {
  it("lists a page at a time, newest first, saying where it stands and how to go on", async () => {
    const printed = await consoleOutput(["/sources", "/next", "/next", "/next"]);
    const [first = "", second = "", third = "", after = ""] = printed
      .trimEnd()
      .split(/\n(?=- Story 25 |- Story 5 |Nothing)/u);
    expect(listed(first)).toEqual(Array.from({ length: 20 }, (_, i) => `Story ${45 - i}`));
    expect(first).toContain("Articles 1–20 of 45, newest first. Type /next for the next 20;");
    expect(listed(second)).toEqual(Array.from({ length: 20 }, (_, i) => `Story ${25 - i}`));
    expect(second).toContain("Articles 21–40 of 45, newest first. Type /next for the next 5;");
    expect(listed(third)).toEqual(["Story 5", "Story 4", "Story 3", "Story 2", "Story 1"]);
    expect(third).toContain("Articles 41–45 of 45, newest first. That is the last of them.");
    expect(after).toBe(NOTHING_NEXT);
  });

  it("ends the listing at any other line, and lists every article as JSON", async () => {
    const printed = await consoleOutput(["/sources", "/ask what is story 3?", "/next"]);
    expect(printed.trimEnd().endsWith(NOTHING_NEXT)).toBe(true);
    const json = await consoleOutput(["/sources --json"]);
    expect((JSON.parse(json) as { articles: unknown[] }).articles).toHaveLength(45);
  });

  it("says an undated corpus is listed by title, and sorts titles past their quote marks", async () => {
    const undated = literalKnowledge(
      Array.from({ length: 24 }, (_, i) => ({
        id: `u${i}`,
        // Every fourth title opens with a quote mark, as headlines quoting someone do.
        title:
          i % 4 === 0
            ? `"Tale ${String(i).padStart(2, "0")}"`
            : `Tale ${String(i).padStart(2, "0")}`,
        body: `Item ${i}.`,
      })),
    );
    const printed = await runOver(undated, ["/sources"]);
    expect(printed).toContain("Articles 1–20 of 24, by title.");
    expect([...printed.matchAll(/^- "?Tale (\d+)/gmu)].map((m) => m[1])).toEqual(
      Array.from({ length: 20 }, (_, i) => String(i).padStart(2, "0")),
    );
  });
});
