import { describe, expect, it } from "vitest";
import { cleanQuestion, correctWord } from "../../src/answer/cleanQuestion.js";
import { literalKnowledge } from "../support/literalKnowledge.js";

const { stats } = literalKnowledge([
  {
    id: "a",
    title: "Russia recognises the Taliban",
    body: "Russia announced the recognition of the Taliban government in Kabul. Russia said trade would grow.",
  },
]);

describe("cleanQuestion", () => {
  it.each([
    ["@everyone <@123456789012345678> who rules Kabul?", "who rules Kabul?"],
    ["<@!42> <@&7> <#99> where is Kabul", "where is Kabul"],
    ["what about <:kabul:123456> and <a:wave:42> Kabul", "what about and Kabul"],
    ["see https://example.com/x?y=1 and www.example.org about Kabul", "see and about Kabul"],
    ["**who** rules _Kabul_ ~~now~~ `today` ||really||", "who rules Kabul now today really"],
    ["> [Kabul](https://evil.example) news", "Kabul news"],
  ])("strips what is not the question: %s", (input, expected) => {
    expect(cleanQuestion(input, stats)).toEqual({ text: expected, corrected: null });
  });

  it("corrects misspelled words to the corpus word one edit away, and says so", () => {
    expect(cleanQuestion("recogniton of talibn by rusia", stats)).toEqual({
      text: "recognition of taliban by russia",
      corrected: "recognition of taliban by russia",
    });
  });

  it("keeps words with no corpus neighbour, short words and casual spellings of stop words", () => {
    expect(correctWord("Zhirnov", stats)).toBe("Zhirnov");
    expect(correctWord("kbl", stats)).toBe("kbl");
    expect(correctWord("whats", stats)).toBe("whats");
    expect(correctWord("Russia", stats)).toBe("Russia");
  });
});
