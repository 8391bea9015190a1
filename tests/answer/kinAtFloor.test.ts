import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { literalKnowledge, otherNews } from "../support/literalKnowledge.js";

/** One story among thirty of other news, so its words are as rare as in a real corpus. */
function story(title: string, lines: readonly string[]): ReturnType<typeof literalKnowledge> {
  return literalKnowledge([
    { id: "story", title, body: lines.join("\n") },
    ...otherNews(30, (i) => `The council met on day ${i} to discuss bins, roads and the win.`),
  ]);
}

const knowledge = story("Growth Forecast", [
  "Ruritania's central bank forecast economic growth of 2% this year.",
  "The club sold out its allocation of tickets within an hour.",
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

describe("coverage floors: a clipped name", () => {
  const football = story("Ferguson Praises Players", [
    "Manchester United's manager praised his players after the 2-1 win at Aston Villa.",
    "The club's next match is at home.",
  ]);

  it("counts 'man u' as the Manchester United its sentence names", () => {
    const result = ask(football, "what was man u's margin of victory at villa");
    expect(result.abstained).toBe(false);
    expect(result.sentences[0]?.text).toMatch(/^Manchester United's manager/u);
  });
});
