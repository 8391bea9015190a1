import { describe, expect, it } from "vitest";
import {
  MAX_CHOICES,
  MAX_CHOICE_LENGTH,
  autocompleteSpeakers,
} from "../../src/quotes/autocompleteSpeakers.js";
import { buildSpeakerDirectory } from "../../src/quotes/buildSpeakerDirectory.js";
import { extractQuotes } from "../../src/quotes/extractQuotes.js";
import { articleFrom } from "./articleFrom.js";
import { directory } from "./speakerFixtures.js";

const names = (partial: string) => autocompleteSpeakers(directory(), partial).map((c) => c.value);

describe("autocompleteSpeakers", () => {
  it("lists quoted speakers, most-quoted first, when nothing is typed", () => {
    const values = names("");
    expect(values[0]).toBe("Amir Khan Muttaqi");
    expect(values).not.toContain("Dmitry Zhirnov");
  });

  it.each([
    ["a prefix of the surname", "mutt"],
    ["a prefix of the first name", "Am"],
    ["a typo", "Mutaqi"],
    ["an unfinished typo", "Mutaq"],
  ])("matches %s", (_name, partial) => {
    expect(names(partial)[0]).toBe("Amir Khan Muttaqi");
  });

  it("offers nothing for a name like no one's", () => {
    expect(names("Xerxes")).toEqual([]);
  });

  it("sends ids for namesakes so each choice resolves to one person", () => {
    const values = names("John Smith");
    expect(values).toHaveLength(2);
    expect(new Set(values).size).toBe(2);
  });

  it("labels with name, role and quote count", () => {
    expect(autocompleteSpeakers(directory(), "Muttaqi")[0]?.name).toBe(
      "Amir Khan Muttaqi — Afghanistan’s Acting Foreign Minister (2 quotes)",
    );
  });

  it("caps the choices at 25 and every label at 100 characters", () => {
    const letters = "abcdefghijklmnopqrstuvwxyz";
    const surname = (i: number) => `Q${letters[i % 26]}${letters[Math.floor(i / 26)]}lin`;
    const role = "a very long-winded description of a role ".repeat(3).trim();
    const body = Array.from(
      { length: 30 },
      (_, i) => `“Point number ${i} stands,” said Kara ${surname(i)}, ${role}.`,
    ).join("\n");
    const article = articleFrom("many", body);
    const choices = autocompleteSpeakers(
      buildSpeakerDirectory([article], extractQuotes(article)),
      "",
    );
    expect(choices).toHaveLength(MAX_CHOICES);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(MAX_CHOICE_LENGTH);
      expect(c.name).toMatch(/\(1 quote\)$/);
    }
  });
});
