import { describe, expect, it } from "vitest";
import { clippedNames } from "../../src/answer/clippedNames.js";
import { understandQuestion } from "../../src/answer/understandQuestion.js";
import { literalArticles } from "../support/literalKnowledge.js";

const [article] = literalArticles([
  {
    id: "match",
    title: "Cup Tie",
    body: "When Harwick Rovers beat Dunmore Athletic 2-1 on Sunday, the manager praised his men.",
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
    // "When Harwick" is a pair too: the name after it is still read.
    expect(clipped("what was the score when har ro beat dunmore")).toEqual({
      har: ["harwick"],
      ro: ["rover"],
    });
    expect(clipped("did harw rvs win")).toEqual({});
  });

  it("reads no name into one clipped word, a name typed whole, or a first word under three letters", () => {
    expect(clipped("what did the man say")).toEqual({});
    expect(clipped("when did dunmore athletic lose")).toEqual({});
    expect(clipped("did ha r win")).toEqual({});
  });
});
