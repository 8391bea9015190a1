import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { understandQuestion } from "../../src/answer/understandQuestion.js";
import { literalKnowledge } from "../support/literalKnowledge.js";

const knowledge = literalKnowledge([
  {
    id: "retail",
    title: "Retailer loses its boss",
    published: "2005-01-20",
    body: "Laura Ashley is parting company with its chief executive Ainum Mohd-Saaid.\nThe firm said sales rose.",
  },
]);

describe("a name the corpus never uses", () => {
  it("abstains on a lower-case unknown name in the subject's place, naming it", () => {
    const result = ask(knowledge, "who is zorblax's chief executive");
    expect(result.abstained).toBe(true);
    expect(result.answer).toBe("The articles never mention zorblax.");
  });

  it("marks only words in a name's place, not an unknown word elsewhere", () => {
    const q = (text: string) =>
      understandQuestion(text, knowledge.stats).unknown.map((t) => t.surface);
    expect(q("who is zorblax's chief executive")).toEqual(["zorblax"]);
    expect(q("when did zorblax launch")).toEqual(["zorblax"]);
    expect(q("how much is the zorblax deal worth")).toEqual(["zorblax"]);
    expect(q("who is the chief executive of zorblax")).toEqual(["zorblax"]);
    expect(q("who is the chief executive of the firm that makes widgetry")).toEqual([]);
  });

  it("still answers about a name the corpus uses", () => {
    const result = ask(knowledge, "who is laura ashley's chief executive");
    expect(result.abstained).toBe(false);
    expect(result.short?.text).toBe("Ainum Mohd-Saaid");
  });

  it("says the articles never mention a name in a modifier's place rather than answer", () => {
    const result = ask(knowledge, "how much is the zorblax deal worth");
    expect(result.abstained).toBe(true);
    expect(result.answer).toBe("The articles never mention zorblax.");
  });
});
