import { describe, expect, it } from "vitest";
import { familyOf, termOf, terms, tokenize } from "../../src/text/tokens.js";

describe("terms", () => {
  it("drops stop words and stems the rest", () => {
    expect(terms("Who was the first country to recognize the Taliban?")).toEqual([
      "first",
      "countri",
      "recogn",
      "taliban",
    ]);
  });

  it("folds case, accents and possessives", () => {
    expect(terms("Russia’s café RUSSIA's")).toEqual(["russia", "cafe", "russia"]);
  });

  it("maps irregular past forms to their verb", () => {
    expect(termOf("said")).toBe(termOf("say"));
    expect(termOf("met")).toBe(termOf("meet"));
  });

  it("keeps the country 'US' (and 'U.S.') as a term, and drops the pronoun 'us'", () => {
    expect(terms("Tell us about the US and the U.S. economy")).toEqual(["usa", "usa", "economi"]);
    expect(termOf("USA")).toBe(termOf("US"));
    expect(tokenize("the U.S. firm").map((t) => t.start)).toEqual([0, 4, 9]);
  });

  it("reads 'U.S.A.' and the possessive 'U.S.'s' as the country, one word each", () => {
    expect(tokenize("the U.S.A. team").map((t) => t.word)).toEqual(["the", "U.S.A.", "team"]);
    expect(tokenize("the U.S.'s plan").map((t) => t.word)).toEqual(["the", "U.S.", "plan"]);
    expect(tokenize("the U.S.’s plan").map((t) => t.word)).toEqual(["the", "U.S.", "plan"]);
    expect(terms("the U.S.A. and the U.S.'s plan")).toEqual(["usa", "usa", "plan"]);
  });

  it("keeps numbers whole", () => {
    expect(terms("in 2021 and 1996")).toEqual(["2021", "1996"]);
  });

  it("puts derived words in one family", () => {
    expect(familyOf(termOf("recognition")!)).toBe(familyOf(termOf("recognized")!));
    expect(familyOf(termOf("recognise")!)).toBe(familyOf(termOf("recognize")!));
  });

  it("records where each word starts", () => {
    expect(tokenize("Hi, Kabul!").map((t) => t.start)).toEqual([0, 4]);
  });
});
