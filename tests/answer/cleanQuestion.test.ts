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

describe("chat shorthand", () => {
  const { stats: shorthandStats } = literalKnowledge([
    {
      id: "b",
      title: "Council workers balloted",
      body: "Local government workers will be balloted on strike action. People at the university said the government had not talked to them.",
    },
  ]);

  it("writes out shorthand the corpus spells in full, and says so", () => {
    // Spelling correction alone read "govt" as "got", one edit away.
    expect(cleanQuestion("how many local govt workers are balloted", shorthandStats)).toEqual({
      text: "how many local government workers are balloted",
      corrected: "how many local government workers are balloted",
    });
    expect(cleanQuestion("what did uni ppl say", shorthandStats).text).toBe(
      "what did university people say",
    );
  });

  it("writes out British shorthand and shorthand with digits", () => {
    const { stats } = literalKnowledge([
      {
        id: "e",
        title: "Elvis back at number one",
        body: "Bookmakers expect Elvis to reach number one again, the BBC said.",
      },
    ]);
    expect(cleanQuestion("will elvis get to no1 say the bookies", stats).text).toBe(
      "will elvis get to number one say the bookmakers",
    );
    expect(cleanQuestion("what did the beeb say", stats).text).toBe("what did the bbc say");
  });

  it("writes out 'exec', which spelling correction read as another word ('exet')", () => {
    const { stats } = literalKnowledge([
      {
        id: "g",
        title: "Gazprom chief",
        body: "Alexei Miller is the chief executive of Gazprom. Exeter won the match.",
      },
    ]);
    expect(cleanQuestion("whos the chief exec of gazprom", stats).text).toBe(
      "whos the chief executive of gazprom",
    );
  });

  it("reads a lower-case 'the us' as the country, not the pronoun, without announcing it", () => {
    expect(cleanQuestion("how many people in the us are online", stats)).toEqual({
      text: "how many people in the US are online",
      corrected: null,
    });
    expect(cleanQuestion("tell us about Kabul", stats).text).toBe("tell us about Kabul");
  });

  it("keeps shorthand the corpus itself uses more than the word", () => {
    const { stats: ownStats } = literalKnowledge([
      { id: "c", title: "Uni news", body: "The uni said the uni would reopen. Every uni agreed." },
    ]);
    expect(cleanQuestion("when will the uni reopen", ownStats).corrected).toBeNull();
  });
});
