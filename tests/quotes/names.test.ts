import { describe, expect, it } from "vitest";
import { fold, nameWords, stripPossessive } from "../../src/quotes/names.js";

describe("name words", () => {
  it.each([
    ["Tony Blair", ["Tony", "Blair"]],
    ["  Sir  Digby\tJones \n", ["Sir", "Digby", "Jones"]],
    ["Carlos\u00a0Baez\u2003Silva", ["Carlos", "Baez", "Silva"]],
    ["", []],
    [" \u3000 ", []],
  ])("splits %j at any white space, as \\s does", (name, words) => {
    expect(nameWords(name)).toEqual(words);
    expect(nameWords(name)).toEqual(name.split(/\s+/u).filter((w) => w.length > 0));
  });

  it.each([
    ["Ghani’s", "Ghani"],
    ["Ghani's", "Ghani"],
    ["Jones’", "Jones"],
    ["Davis", "Davis"],
    ["Blair", "Blair"],
  ])("drops the possessive of %s", (name, bare) => {
    expect(stripPossessive(name)).toBe(bare);
  });

  it.each([
    ["O’Neill", "o'neill"],
    ["‘Smith", "'smith"],
    ["BROWN", "brown"],
  ])("folds %s to lower case with straight apostrophes", (word, folded) => {
    expect(fold(word)).toBe(folded);
  });
});
