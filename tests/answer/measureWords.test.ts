import { describe, expect, it } from "vitest";
import {
  ASKS_MONEY,
  MONEY_FAMILIES,
  MONEY_FIGURES,
  PRICE_ASKED,
  TRADE,
} from "../../src/answer/measureWords.js";

const figure = new RegExp(`\\b(?:${MONEY_FIGURES})\\b`, "iu");

describe("the money words, read by each check from the one list", () => {
  it.each([
    ["asks money", ASKS_MONEY, "how much did the rovers lose", true],
    ["asks money", ASKS_MONEY, "how much cash does the club have", true],
    ["asks money", ASKS_MONEY, "how much of the vote did labour win", false],
    ["asks a price", PRICE_ASKED, "how much did zorvik pay for brightline", true],
    ["asks a price", PRICE_ASKED, "how much did the painting sell for", true],
    ["asks a price", PRICE_ASKED, "how much did the painting sell", false],
    ["asks a price", PRICE_ASKED, "what did zorvik pay for brightline", false],
    ["a trade", TRADE, "the firm agreed a takeover", true],
    ["a trade", TRADE, "Mr Tamsin pledged $40m of his own money", false],
    ["a figure", figure, "what were the takings at the box office", true],
    ["a figure", figure, "what is he taking to the final", false],
    ["a figure", figure, "what were the sales of the album", true],
    ["a figure", figure, "when does it go on sale", false],
  ] as const)("%s in %j: %s", (_, pattern, text, reads) => {
    expect(pattern.test(text)).toBe(reads);
  });

  it("puts a question's money word in its family only", () => {
    const families = (text: string): number[] =>
      MONEY_FAMILIES.flatMap((f, i) => (f.test(text) ? [i] : []));
    expect(families("how much did the rovers lose")).toEqual([0]);
    expect(families("how much did the firm earn")).toEqual([1]);
    expect(families("how much will the stadium cost")).toEqual([2]);
    expect(families("how much did the club sell for")).toEqual([]);
  });
});
