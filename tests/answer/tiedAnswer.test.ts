import { describe, expect, it } from "vitest";
import { ask, traceAsk } from "../../src/answer/ask.js";
import { cleanQuestion } from "../../src/answer/cleanQuestion.js";
import type { RankedCandidate } from "../../src/answer/rankSentences.js";
import { paragraphsOf } from "../../src/answer/missingFact.js";
import { TIED, tiedAnswer } from "../../src/answer/tiedAnswer.js";
import { understandQuestion } from "../../src/answer/understandQuestion.js";
import { refusals, refusalsAt, VERIFY, verifyAnswer } from "../../src/answer/verifyAnswer.js";
import { literalKnowledge } from "../support/literalKnowledge.js";

const knowledge = literalKnowledge([
  {
    id: "ferry",
    title: "Ferry operator warns over fuel",
    published: "2005-02-01",
    body: [
      "Harbour Ferries has warned that it may have to close some of its routes.",
      "The operator said it had to reduce its fuel costs by £20m by the summer, or it would run short of money.",
      "Its boats carry two million passengers a year.",
    ].join("\n"),
  },
]);

const stories = paragraphsOf(knowledge);

/** Half of this question's words are paraphrased ("trim", "bill", "survive"). */
const PARAPHRASED = "how much must harbour ferries trim off its fuel bill to survive";

function best(question: string): {
  understood: ReturnType<typeof understandQuestion>;
  top: RankedCandidate;
} {
  const understood = understandQuestion(
    cleanQuestion(question, knowledge.stats).text,
    knowledge.stats,
  );
  return { understood, top: traceAsk(knowledge, question).ranked[0]! };
}

describe("an answer tied to the question", () => {
  it("answers a paraphrased question whose sentence holds the amount, subject and predicate", () => {
    // The coverage check alone refuses it: half the question's words are not in the text.
    const { understood, top } = best(PARAPHRASED);
    expect(verifyAnswer(understood, top, VERIFY, stories).ok).toBe(false);
    const result = ask(knowledge, PARAPHRASED);
    expect(result.abstained).toBe(false);
    expect(result.short?.text).toBe("£20m");
  });

  it("is not trusted without an answer of the asked kind in the sentence itself", () => {
    const { understood, top } = best(PARAPHRASED);
    expect(tiedAnswer(understood, top, stories)).toBe(true);
    const onlyNeighbour = { ...top, features: { ...top.features, typed: 0.5 } };
    expect(tiedAnswer(understood, onlyNeighbour, stories)).toBe(false);
  });

  it("is not trusted when the subject or the predicate is out of reach", () => {
    const { understood, top } = best(PARAPHRASED);
    expect(
      tiedAnswer(understood, { ...top, features: { ...top.features, predicate: 0 } }, stories),
    ).toBe(false);
    expect(
      tiedAnswer(understood, { ...top, features: { ...top.features, subject: 0 } }, stories),
    ).toBe(false);
  });

  it("still abstains when the question's year is not beside the answer", () => {
    const result = ask(knowledge, "how much must harbour ferries trim off its fuel bill in 2007");
    expect(result.abstained).toBe(true);
  });

  it("does not answer what the whole story lacks (the story-wide checks still apply)", () => {
    // The sentence holds the amount, the subject and the predicate, but the story never
    // names the US (`missingFact`): the tie must not overrule that.
    const result = ask(knowledge, "how much must harbour ferries trim off its fuel bill in the us");
    expect(result.abstained).toBe(true);
  });
});

describe("the checks verifyAnswer ran, read again by the tie", () => {
  it("give the refusals of running every check afresh, at either coverage", () => {
    const { understood } = best(PARAPHRASED);
    let compared = 0;
    for (const candidate of traceAsk(knowledge, PARAPHRASED).ranked) {
      const verdict = verifyAnswer(understood, candidate, VERIFY, stories);
      if (verdict.ok) continue;
      const ran = verdict.checks!;
      compared++;
      expect(refusalsAt(understood, ran, VERIFY)).toEqual(
        refusals(understood, candidate, VERIFY, stories),
      );
      expect(refusalsAt(understood, ran, TIED)).toEqual(
        refusals(understood, candidate, TIED, stories),
      );
    }
    expect(compared).toBeGreaterThan(1);
  });

  it("are reused for the candidate they were run on, and only for it", () => {
    const { understood, top } = best(PARAPHRASED);
    const verdict = verifyAnswer(understood, top, VERIFY, stories);
    if (verdict.ok) throw new Error("the paraphrased question must be refused at VERIFY");
    // A refusal planted in the checks shows whether the tie read them or ran its own.
    const planted = { ...verdict.checks!, after: ["name" as const] };
    expect(tiedAnswer(understood, top, stories, TIED, verdict.checks)).toBe(true);
    expect(tiedAnswer(understood, top, stories, TIED, planted)).toBe(false);
    const copy = { ...top };
    expect(tiedAnswer(understood, copy, stories, TIED, planted)).toBe(true);
  });
});
