import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { literalKnowledge, otherNews } from "../support/literalKnowledge.js";

describe("typedFallback", () => {
  const knowledge = literalKnowledge([
    {
      id: "anniversary",
      title: "Survivors Mark Camp Anniversary",
      body: [
        "Survivors recalled how their families were murdered at the Treblinka camp.",
        "The ceremony was attended by ministers from across Europe.",
      ].join("\n"),
    },
    {
      id: "history",
      title: "Museum Remembers People Murdered at Treblinka",
      body: [
        "A new museum has opened near the site of the camp in Poland.",
        "Between 700,000 and 900,000 people were killed at Treblinka.",
      ].join("\n"),
    },
    ...otherNews(30, (i) => `Shares in company number ${i} rose on Monday after results.`),
  ]);

  it("answers how many from a runner-up holding a number when the top only restates the question", () => {
    const result = ask(knowledge, "how many people were murdered at treblinka");
    expect(result.abstained).toBe(false);
    expect(result.sentences.map((s) => s.text)).toContain(
      "Between 700,000 and 900,000 people were killed at Treblinka.",
    );
  });

  it("still abstains when no candidate holds a number", () => {
    const result = ask(knowledge, "how many ministers attended the treblinka ceremony");
    expect(result.abstained).toBe(true);
  });
});
