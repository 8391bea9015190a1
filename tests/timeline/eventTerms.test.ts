import { describe, expect, it } from "vitest";
import { eventTerms, namesIn } from "../../src/timeline/eventTerms.js";

describe("namesIn", () => {
  it("takes a word capitalised inside a sentence, or only ever capitalised, as a name", () => {
    const names = namesIn(
      "Marovic won. Instead, the side ran for Leeds. Marovic ran. Rates rose. The rates fell.",
    );
    expect(names.has("marovic")).toBe(true);
    expect(names.has("leeds")).toBe(true);
    // Written in lower case elsewhere, or a word the lexicon knows as an adverb.
    expect(names.has("rates")).toBe(false);
    expect(names.has("instead")).toBe(false);
  });
});

describe("eventTerms", () => {
  it("leaves out time words, numbers in words and titles: no evidence of one event", () => {
    expect(
      eventTerms("Mr Smith said the economy shrank in the last three months of the year"),
    ).toEqual(["smith", "econom", "shrank"]);
  });
});
