import { describe, expect, it } from "vitest";
import { answerSpans } from "../../src/answer/answerSpans.js";
import { ask } from "../../src/answer/ask.js";
import { relatedTerms } from "../../src/answer/relatedTerms.js";
import { roleTerms, roleTie } from "../../src/answer/roleTie.js";
import { QuestionMatcher } from "../../src/answer/scoreSentence.js";
import { understandQuestion } from "../../src/answer/understandQuestion.js";
import { TermStats } from "../../src/search/termStats.js";
import { tokenize } from "../../src/text/tokens.js";
import { literalKnowledge, otherNews } from "../support/literalKnowledge.js";

/** The role tie of `text`'s answers to the role `question` asks for. */
function tie(question: string, text: string): number {
  const q = understandQuestion(question);
  const related = relatedTerms(q, new TermStats());
  const matcher = new QuestionMatcher(
    q,
    q.terms.map(() => 1),
    related,
  );
  return roleTie(text, tokenize(text), answerSpans(text, q.kind, q.asked), matcher, roleTerms(q));
}

describe("roleTie", () => {
  it("ties a name to the role a who-question's verb asks for ('runs': the chief executive)", () => {
    expect(tie("who runs yukos", "Yukos chief executive Steven Theede said so.")).toBe(1);
  });

  it("does not tie a name standing by the subject alone", () => {
    expect(
      tie("who runs yukos", "The Kremlin last year seized and sold Yukos' main production arm."),
    ).toBe(0);
  });

  it("asks no role of a question without one", () => {
    const q = understandQuestion("who bought yukos' main production arm");
    expect(roleTerms(q).size).toBe(0);
  });
});

describe("sentence choice: the role asked for", () => {
  it("chooses the chief executive's sentence for 'who runs X', not a name beside 'state-run'", () => {
    const knowledge = literalKnowledge([
      {
        id: "yukos-sale",
        title: "Yukos owner sues Russia for $28bn",
        body: [
          "The majority owner of Russian oil firm Yukos has sued the Russian government.",
          "The Kremlin last year sold Yukos' main arm, Yugansk, to state-run oil group Rosneft.",
        ].join("\n\n"),
      },
      {
        id: "yukos-court",
        title: "Yukos accused of lying to court",
        body: [
          "Russian oil firm Yukos lied to a US court, Russian lawyers say.",
          '"It gives us a kind of life after death," said Yukos chief executive Steven Theede.',
        ].join("\n\n"),
      },
      // Other news, where "run" is a common word and Yukos a rare one, as in a real corpus.
      ...otherNews(
        30,
        (i) => `The club will run a new campaign on day ${i}, and fans will run the stalls.`,
      ),
    ]);
    // The short answer is picked among all the cited sentences (`pickShort`); the choice is
    // which sentence comes first.
    expect(ask(knowledge, "who runs yukos").sentences[0]?.text).toContain("Steven Theede");
  });
});
