import { describe, expect, it } from "vitest";
import { clippedNames } from "../../src/answer/clippedNames.js";
import { understandQuestion } from "../../src/answer/understandQuestion.js";
import { literalArticles } from "../support/literalKnowledge.js";

const [article] = literalArticles([
  {
    id: "match",
    title: "Cup Tie",
    body: "Manchester United beat Aston Villa 2-1 on Sunday. The manager praised his men.",
  },
]);

/** The question's clipped words, each with the terms of the name's words it clips. */
function clipped(question: string): Record<string, string[]> {
  const q = understandQuestion(question);
  return Object.fromEntries(
    [...clippedNames(article!, q)].map(([i, names]) => [q.terms[i]!.surface, [...names]]),
  );
}

describe("clippedNames", () => {
  it("reads words that start both words of a name the article writes as that name, and nothing else", () => {
    expect(clipped("what was the score when man u beat villa")).toEqual({
      man: ["manchest"],
      u: ["unit"],
    });
    expect(clipped("did manch utd win")).toEqual({});
  });

  it("reads no name into one clipped word, a name typed whole, or a first word under three letters", () => {
    expect(clipped("what did the man say")).toEqual({});
    expect(clipped("when did aston villa lose")).toEqual({});
    expect(clipped("did ma u win")).toEqual({});
  });
});
