import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { literalKnowledge, otherNews } from "../support/literalKnowledge.js";

const knowledge = literalKnowledge([
  {
    id: "growth",
    title: "Growth Forecast",
    body: [
      "Ruritania's central bank forecast economic growth of 2% this year.",
      "The club sold out its allocation of tickets within an hour.",
    ].join("\n"),
  },
  ...otherNews(30, (i) => `The council met on day ${i} to discuss bins, roads and the cup.`),
]);

describe("coverage floors", () => {
  it("count a word WordNet relates in full: a forecast of growth answers what expansion is predicted", () => {
    // Counted at the ranking's synonym weight, "forecast" and "growth" leave the sentence
    // under both floors (0.43 of the question).
    const result = ask(knowledge, "what expansion is ruritania predicting");
    expect(result.abstained).toBe(false);
    expect(result.sentences[0]?.text).toMatch(/^Ruritania's central bank forecast/u);
  });

  it("still refuse a sentence under the floor with its related words counted in full", () => {
    expect(ask(knowledge, "what expansion did the ruritania lender predict").abstained).toBe(true);
  });
});
