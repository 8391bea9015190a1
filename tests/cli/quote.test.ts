import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildKnowledge } from "../../src/knowledge/buildKnowledge.js";
import { execute } from "../../src/cli/execute.js";
import { parseCommandLine } from "../../src/cli/parseCommandLine.js";
import type { Knowledge } from "../../src/knowledge/knowledge.js";
import { expectCitationsHold } from "../support/citations/index.js";

let seeds: Knowledge;
let town: Knowledge;
beforeAll(async () => {
  seeds = await buildKnowledge(path.join(import.meta.dirname, "../../corpus"));
  town = await buildKnowledge(path.join(import.meta.dirname, "../fixtures/busy-town"));
});

const json = (k: Knowledge, ...args: string[]) =>
  JSON.parse(execute(k, parseCommandLine([...args, "--json"])).stdout) as Record<
    string,
    unknown
  > & {
    quotes: Array<{
      text: string;
      partial: boolean;
      context: string;
      citations: Array<{ articleId: string; paragraph: number }>;
    }>;
    speaker: { name: string; aliases: string[]; role: string | null } | null;
    candidates: Array<{ id: string; name: string; role: string | null }>;
  };

describe("quote in the terminal", () => {
  it("finds a speaker by surname and prints exactly one JSON object with cited quotes", () => {
    const out = json(seeds, "quote", "Muttaqi");
    expect(out).toMatchObject({
      query: "Muttaqi",
      speaker: { name: "Amir Khan Muttaqi", role: "Afghanistan’s Acting Foreign Minister" },
      candidates: [],
    });
    expect(out.quotes.map((q) => q.partial)).toEqual([false, true]);
    expect(out.quotes[1]?.text).toBe("realistic and historic advancement");
    for (const q of out.quotes)
      expect(q.citations[0]).toMatchObject({
        articleId: "russia-first-country-to-recognize-taliban",
      });
    expect(expectCitationsHold(out, seeds)).toBe(2);
    const text = execute(seeds, parseCommandLine(["quote", "Muttaqi"])).stdout;
    expect(expectCitationsHold(text, seeds)).toBe(2);
  });

  it("filters quotes with --about", () => {
    expect(json(seeds, "quote", "Muttaqi", "--about", "leading the way").quotes).toHaveLength(1);
    expect(
      execute(seeds, parseCommandLine(["quote", "Muttaqi", "--about", "banana"])).stdout,
    ).toContain("none about “banana”");
  });

  it("says a person is mentioned but never quoted, and where", () => {
    const out = json(seeds, "quote", "Zhirnov");
    expect(out).toMatchObject({
      status: "unquoted",
      speaker: { name: "Dmitry Zhirnov" },
      quotes: [],
    });
    expect((out.mentions as unknown[]).length).toBe(2);
    expect(expectCitationsHold(out, seeds)).toBe(2);
  });

  it("suggests the closest speakers for an unknown name", () => {
    expect(json(seeds, "quote", "Muttaki")).toMatchObject({
      status: "unknown",
      speaker: null,
      candidates: [{ name: "Amir Khan Muttaqi" }],
    });
  });

  it("asks which one when two people share a name, with a way to choose", () => {
    const out = execute(town, parseCommandLine(["quote", "Smith"])).stdout;
    expect(out).toContain("could be 2 people");
    expect(out).toContain('quote "john-smith-2"');
    expect(json(town, "quote", "john-smith-2")).toMatchObject({
      speaker: { role: "a dairy farmer from Elmford" },
    });
  });

  it("lists the speakers, quoted first", () => {
    const out = execute(seeds, parseCommandLine(["speakers"])).stdout;
    expect(out.indexOf("Amir Khan Muttaqi")).toBeLessThan(out.indexOf("Mentioned, never quoted"));
    expect(out.split("Mentioned, never quoted")[1]).toContain("Dmitry Zhirnov");
  });
});
