import { describe, expect, it } from "vitest";
import { WordNet } from "../../src/text/wordNet.js";

describe("WordNet", () => {
  const wordNet = new WordNet();

  it("relates a word to synonyms and derived words of its commonest senses", () => {
    expect(wordNet.relatives("predicting")).toContain("forecast");
    expect(wordNet.relatives("earnings")).toContain("profits");
    expect(wordNet.relatives("chairs")).toContain("chairman");
    expect(wordNet.relatives("won")).toContain("win");
  });

  it("finds a word whose index line starts exactly where the search probes", () => {
    // "work" sits right after "word" in the verb index: a probe landing on its first byte
    // once skipped it.
    expect(wordNet.relatives("work")).toContain("worker");
  });

  it("gives only the relatives that name a place as places", () => {
    expect(wordNet.places("britain")).toContain("uk");
    expect(wordNet.places("british")).toEqual(["great_britain"]);
    expect(wordNet.relatives("american")).toContain("american_english");
    expect(wordNet.places("american")).toEqual(["america"]);
  });

  it("has no relatives for names, numbers, phrases it lacks or an absent database", () => {
    expect(wordNet.relatives("ryanair")).toEqual([]);
    expect(wordNet.relatives("2005")).toEqual([]);
    expect(new WordNet("/nonexistent").relatives("predict")).toEqual([]);
  });
});
