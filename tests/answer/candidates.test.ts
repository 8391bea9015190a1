import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { literalKnowledge } from "../support/literalKnowledge.js";

describe("candidates: the answer a 'what' question asks for", () => {
  it("prefers the sentence stating the figure a 'what was X's profit' asks for", () => {
    const knowledge = literalKnowledge([
      {
        id: "jeeves",
        title: "Ask Jeeves tips online ad revival",
        body: [
          "Ask Jeeves has become the third search firm this week to thank a revival in advertising.",
          "Its $17m profit for the quarter was dwarfed by the $204m announced by rival Google.",
          "Neither Ask Jeeves nor Doubleclick thrilled investors with their profit news, however.",
        ].join("\n\n"),
      },
    ]);
    expect(ask(knowledge, "what was ask jeeves q4 profit").sentences[0]?.text).toContain("$17m");
  });
});
