import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildKnowledge } from "../../src/knowledge/buildKnowledge.js";
import { answerLine } from "../../src/cli/console.js";
import { parseConsoleLine } from "../../src/cli/consoleLine.js";
import type { Knowledge } from "../../src/knowledge/knowledge.js";

const SEEDS = path.join(import.meta.dirname, "../../corpus");
let seeds: Knowledge;
beforeAll(async () => {
  seeds = await buildKnowledge(SEEDS);
});

describe("console lines", () => {
  it.each([
    ["is muttaqi the foreign minister?", "ask", { question: "is muttaqi the foreign minister?" }],
    ["/timeline from:2024", "timeline", { from: "2024" }],
    [
      "/timeline recognition from: 2024 to:2025",
      "timeline",
      { topic: "recognition", from: "2024", to: "2025" },
    ],
    ["/quote speaker:Muttaqi about:russia", "quote", { speaker: "Muttaqi", about: "russia" }],
    [
      "/quote speaker:Amir Khan Muttaqi about:Russia's decision",
      "quote",
      { speaker: "Amir Khan Muttaqi", about: "Russia's decision" },
    ],
    ["/quote Muttaqi --about russia", "quote", { speaker: "Muttaqi", about: "russia" }],
    ["/ask what is 3:2 in football?", "ask", { question: "what is 3:2 in football?" }],
    ["/help timeline", "help", { command: "timeline" }],
  ])("reads %j as %s %j", (line, name, raw) => {
    expect(parseConsoleLine(line)).toMatchObject({ name, raw });
  });

  it("answers a question typed without a slash", () => {
    expect(
      answerLine(seeds, "Who was the first country to recognize the Taliban government?"),
    ).toMatch(/Russia/u);
  });

  it("filters the timeline by Discord-style options", () => {
    const all = answerLine(seeds, "/timeline");
    const recent = answerLine(seeds, "/timeline from:2025");
    expect(all).toContain("1996");
    expect(recent).not.toContain("1996");
    expect(recent).toContain("2025");
  });

  it("finds quotes by speaker and topic given as name:value", () => {
    expect(answerLine(seeds, "/quote speaker:Muttaqi about:russia")).toMatch(/^Amir Khan Muttaqi/u);
  });

  it("explains one command with /help COMMAND, and names the commands for an unknown one", () => {
    const help = answerLine(seeds, "/help timeline");
    expect(help).toMatch(/^\/timeline \[topic\] \[from\] \[to\] \[show\]\n/u);
    expect(help).toContain("from:");
    expect(help).toContain(
      "One-shot: newsdesk timeline [topic] [--from …] [--to …] [--show …] [--json] [--png FILE] [--format text|json|timelinejs]",
    );
    expect(answerLine(seeds, "/help")).toContain("/quit ends the console");
    expect(answerLine(seeds, "/help nothing")).toMatch(
      /^There is no command "nothing"\. Commands: ask, timeline/u,
    );
  });

  it("says a mistyped command is unknown, whatever follows it", () => {
    for (const line of ["/foo bar", "/foo --bar 1", "/foo"])
      expect(answerLine(seeds, line)).toMatch(/^Unknown command "foo"\. Commands: ask, timeline/u);
  });

  it("names a misspelt option rather than reading it into the value before it", () => {
    expect(answerLine(seeds, "/timeline taliban from:2003 too:2024")).toBe(
      "/timeline has no option too: — did you mean to:? Its options: topic: from: to: show:",
    );
    expect(parseConsoleLine("/ask note: who is muttaqi")).toMatchObject({
      raw: { question: "note: who is muttaqi" },
    });
  });
});
