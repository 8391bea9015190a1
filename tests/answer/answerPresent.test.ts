import { describe, expect, it } from "vitest";
import { answerClause, answerPresent } from "../../src/answer/answerPresent.js";
import { answerSpans } from "../../src/answer/answerSpans.js";
import { understandQuestion } from "../../src/answer/understandQuestion.js";

/** A candidate sentence with its answers of the question's kind, as `findCandidates` makes it. */
function candidate(question: string, text: string) {
  const q = understandQuestion(question);
  return {
    question: q,
    candidate: {
      sentence: { text, start: 0, end: text.length },
      answers: answerSpans(text, q.kind, q.asked),
      carrier: undefined,
    },
  };
}

describe("answerPresent", () => {
  it.each([
    ["how much did the share sale raise in the end", "Nasdaq plans to raise $100m from the sale."],
    [
      "who won artist of the year",
      "Usher and Keys will be battling it out for artist of the year.",
    ],
    ["who won best album", "His nominations include best album for Confessions."],
    [
      "who won the Oscar for best film",
      "Rival studio Miramax is expected to win the Oscar for best film.",
    ],
    ["how much did continental lose in 2005", "Continental said it expects to lose $500m in 2005."],
  ])("finds no answer to %j in a clause that foretells it: %j", (question, text) => {
    const { question: q, candidate: c } = candidate(question, text);
    expect(answerPresent(q, c)).toEqual({ present: false, lacks: "outcome" });
  });

  it.each([
    ["how much did the share sale raise in the end", "The sale raised $100m."],
    ["how much did the firm pay for the studio", "The firm paid $20m for the studio it will run."],
    [
      "when did Luther publish On the Bondage of the Will",
      "Luther published On the Bondage of the Will in 1525.",
    ],
    ["who won artist of the year", "Usher won artist of the year."],
    ["when will the first cards be issued", "The first cards will be issued in 2008."],
    ["how much will the remote cost", "The remote will cost about $799."],
    ["who did the coach say would win the title", "The coach said Chelsea will win the title."],
    ["Who will win the election?", "Labour is expected to win the election."],
    ["who is likely to win the cup", "Chelsea are likely to win the cup."],
    ["Will Labour win the election?", "Labour is set to win the election."],
    [
      "what did the ministry say recognition would open the door to",
      "The ministry said recognition will open the door to trade talks.",
    ],
  ])("finds the answer to %j in %j", (question, text) => {
    const { question: q, candidate: c } = candidate(question, text);
    expect(answerPresent(q, c)).toEqual({ present: true });
  });

  it("reads only the answer's clause: a plan in another clause does not count against it", () => {
    const { question: q, candidate: c } = candidate(
      "how much did the sale raise in the end",
      "The sale raised $100m, while the firm will list its shares next year.",
    );
    expect(answerClause(c)).toBe("The sale raised $100m");
    expect(answerPresent(q, c).present).toBe(true);
  });
});
