import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { affirms } from "../../src/answer/yesNo.js";
import { literalKnowledge } from "../support/literalKnowledge.js";
import { understandQuestion } from "../../src/answer/understandQuestion.js";

/** The claim `affirms` finds in `sentence` for `question`, as text. */
function claim(question: string, sentence: string): string | undefined {
  const span = affirms(understandQuestion(question), sentence);
  return span && sentence.slice(span.start, span.end);
}

describe("affirms", () => {
  it("states the claim from its verb when the sentence holds every word of the question", () => {
    expect(
      claim(
        "did the bank of england raise interest rates",
        "The Bank of England raised interest rates five times between November 2003 and August last year.",
      ),
    ).toBe("raised interest rates five times between November 2003 and August last year");
  });

  it.each([
    [
      "did the bank of england raise interest rates",
      "The Bank of England did not raise interest rates.",
    ],
    [
      "did the bank of england raise interest rates",
      "The decision to keep interest rates on hold at 4.75% was passed by the Bank of England.",
    ],
    [
      "did the bank of england raise interest rates",
      "The Bank of England will raise interest rates next month.",
    ],
    ["did the bank raise rates or cut them", "The bank raised rates."],
    ["who raised interest rates", "The Bank of England raised interest rates."],
  ])("affirms nothing for %j from %j", (question, sentence) => {
    expect(claim(question, sentence)).toBeUndefined();
  });
});

describe("a yes-or-no question's short answer", () => {
  const knowledge = literalKnowledge([
    {
      id: "rates",
      title: "Rates on hold",
      published: "2005-02-10",
      body: [
        "The Bank of England raised interest rates five times between November 2003 and August last year.",
        "Rates have been held at 4.75% since then.",
      ].join("\n"),
    },
  ]);

  it("is 'Yes:' and the claim, cited to the sentence that states it", () => {
    const result = ask(knowledge, "did the bank of england raise intrest rates");
    expect(result.short?.text).toBe(
      "Yes: raised interest rates five times between November 2003 and August last year",
    );
    expect(result.sentences.find((s) => s.citation === result.short?.citation)?.text).toMatch(
      /^The Bank of England raised interest rates/u,
    );
  });
});
