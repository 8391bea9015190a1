import { describe, expect, it } from "vitest";
import { clauseAt, splitClauses } from "../../src/answer/splitClauses.js";

const clauses = (text: string): string[] =>
  splitClauses(text).map((c) => text.slice(c.start, c.end));

describe("splitClauses", () => {
  it.each([
    [
      "Ryanair ordered Boeing planes, while easyJet chose Airbus.",
      ["Ryanair ordered Boeing planes", "while easyJet chose Airbus."],
    ],
    [
      "Ryanair, Europe's biggest budget airline, ordered 70 jets.",
      ["Ryanair, Europe's biggest budget airline, ordered 70 jets."],
    ],
    ['"We will win," said the coach.', ['"We will win', "said the coach."]],
    ["Profits rose; sales fell.", ["Profits rose", "sales fell."]],
    ["The deal - worth $5m - was signed.", ["The deal", "worth $5m", "was signed."]],
    ["Sales rose but profits fell.", ["Sales rose", "but profits fell."]],
    ["Talks (held in Oslo) ended.", ["Talks", "held in Oslo", "ended."]],
  ])("splits %j at its clause boundaries", (text, expected) => {
    expect(clauses(text)).toEqual(expected);
  });

  it("gives one clause for a sentence without boundaries, and for an empty one", () => {
    expect(clauses("Ryanair ordered jets.")).toEqual(["Ryanair ordered jets."]);
    expect(splitClauses("")).toEqual([{ start: 0, end: 0 }]);
  });

  it("finds the clause holding an offset", () => {
    const text = "Ryanair ordered Boeing planes, while easyJet chose Airbus.";
    const found = clauseAt(splitClauses(text), text.indexOf("Airbus"));
    expect(text.slice(found.start, found.end)).toBe("while easyJet chose Airbus.");
  });
});
