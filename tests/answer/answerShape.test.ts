import { describe, expect, it } from "vitest";
import { answerShape } from "../../src/answer/answerShape.js";
import { answerSpans } from "../../src/answer/answerSpans.js";
import { ask } from "../../src/answer/ask.js";
import { understandQuestion } from "../../src/answer/understandQuestion.js";
import { literalKnowledge, otherNews } from "../support/literalKnowledge.js";

/** The shape of `text`'s best answer to `question`. */
function shape(question: string, text: string): number {
  const q = understandQuestion(question);
  const wanted = new Set(q.terms.map((t) => t.term));
  return answerShape(q, text, answerSpans(text, q.kind, q.asked), wanted);
}

const ECONOMIST = "who's the deloitte economist warning the good times are over";

describe("answerShape", () => {
  it("scores a new person's name above names repeating the question's words", () => {
    const question = "who knocked venus out in dubai";
    const repeats = shape(question, "Venus Williams lost at the Dubai Championships.");
    const fresh = shape(question, "Sylvia Farina Elia won 7-5 7-6.");
    expect(repeats).toBeLessThan(0);
    expect(fresh).toBeGreaterThan(0);
  });

  it("scores a person for 'who is the <role>' above a firm", () => {
    const person = shape(ECONOMIST, "Its chief economic advisor Roger Bootle said so.");
    const firm = shape(ECONOMIST, "Its review, published by PwC, said so.");
    expect(firm).toBeLessThan(person);
  });

  it("leaves amounts to the other features", () => {
    expect(shape("how far must a cafe be from a school", "It closed 12,575 net cafes.")).toBe(0);
  });
});

describe("sentence choice: the shape of the answer", () => {
  it("prefers a new name to a sentence whose names are the question's own", () => {
    const knowledge = literalKnowledge([
      {
        id: "dubai",
        title: "Venus stunned in Dubai",
        body: [
          "Venus Williams suffered a first-round defeat for the first time in four years at the Dubai Championships.",
          "Sylvia Farina Elia won 7-5 7-6 in Dubai.",
        ].join("\n\n"),
      },
      // Other news, so that Venus and Dubai are rare words, as in a real corpus.
      ...otherNews(30, (i) => `On day ${i} the top seed lost in the first round.`),
    ]);
    const result = ask(knowledge, "who knocked venus out in dubai");
    expect(result.sentences[0]?.text).toContain("Sylvia Farina Elia");
  });
});
