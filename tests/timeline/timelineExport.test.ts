import { describe, expect, it } from "vitest";
import { execute } from "../../src/cli/execute.js";
import { parseCommandLine } from "../../src/cli/parseCommandLine.js";
import { literalKnowledge } from "../support/literalKnowledge.js";

const knowledge = literalKnowledge([
  {
    id: "yukos",
    title: "Yukos unit sold",
    body: [
      "Yukos was founded in 1993 by the Russian government.",
      "Russia sold the Yukos unit Yuganskneftegaz on 19 December 2004 <at auction>.",
      "Yukos will appeal against the sale in 2005, its lawyers said.",
    ].join("\n"),
  },
]);

const run = (...args: string[]) => execute(knowledge, parseCommandLine(args));

interface Slide {
  start_date: { year: number; month?: number; day?: number };
  text: { headline: string; text: string };
  group?: string;
}

describe("timeline --format timelinejs", () => {
  it("writes TimelineJS slides: dates as numbers, escaped text with its sources, expected grouped", () => {
    const out = run("timeline", "Yukos", "--format", "timelinejs");
    expect(out.exitCode).toBe(0);
    const doc = JSON.parse(out.stdout) as {
      title: { text: { headline: string } };
      events: Slide[];
    };
    expect(doc.title.text.headline).toBe("Timeline: Yukos · 1993–2005");
    expect(doc.events.map((e) => e.start_date)).toEqual([
      { year: 1993 },
      { year: 2004, month: 12, day: 19 },
      { year: 2005 },
    ]);
    expect(doc.events[1]!.text.text).toContain("&lt;at auction&gt;");
    expect(doc.events[1]!.text.text).toContain("[2] Yukos unit sold, paragraph 2");
    expect(doc.events.map((e) => e.group ?? null)).toEqual([null, null, "Expected"]);
  });

  it("names the formats there are when asked for another", () => {
    expect(run("timeline", "--format", "csv")).toEqual({
      stdout: 'timeline has no format "csv"; formats: text, json, timelinejs.',
      exitCode: 2,
    });
  });

  it("labels expected events in the text reply and titles it with topic and range", () => {
    const text = run("timeline", "Yukos").stdout;
    expect(text.split("\n")[0]).toBe("Timeline: Yukos · 1993–2005");
    expect(text).toMatch(/^2005 expected\s+Yukos will appeal/mu);
    expect(text).not.toMatch(/^1993 expected/mu);
  });
});
