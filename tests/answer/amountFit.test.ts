import { describe, expect, it } from "vitest";
import { amountAsked, amountFit } from "../../src/answer/amountFit.js";
import { answerSpans } from "../../src/answer/answerSpans.js";
import { ask } from "../../src/answer/ask.js";
import { understandQuestion } from "../../src/answer/understandQuestion.js";
import { literalKnowledge } from "../support/literalKnowledge.js";

/** How well `text`'s best amount fits what `question` asks. */
function fit(question: string, text: string): number {
  const q = understandQuestion(question);
  return amountFit(amountAsked(q), text, answerSpans(text, q.kind, q.asked));
}

const LOSE = "how much money did borussia dortmund lose";

describe("amountFit", () => {
  it("fits money stated with the question's own word family: the loss for 'lose'", () => {
    expect(fit(LOSE, "Dortmund posted a record loss of 68m euros in the year.")).toBe(1);
  });

  it("does not take a share price for a sum lost, unless the question asks about shares", () => {
    const price = "Shares in Dortmund dropped by almost 23% to 2.05 euros.";
    expect(fit(LOSE, price)).toBeLessThan(0);
    expect(fit("how much did a dortmund share cost", price)).toBeGreaterThan(0);
  });

  it("counts money of another sum of the story for less", () => {
    const other = fit(LOSE, "The club needs a capital injection of 35m euros.");
    expect(other).toBeGreaterThan(0);
    expect(other).toBeLessThan(1);
  });

  it("wants a distance for 'how far', not a count", () => {
    const question = "how far from a school does an internet cafe have to be";
    expect(fit(question, "Officials closed 12,575 net cafes.")).toBe(-1);
    expect(fit(question, "Cafes must be at least 200 metres away from schools.")).toBe(1);
  });

  it("says nothing of other kinds of question", () => {
    expect(fit("who runs dortmund", "Dortmund posted a loss of 68m euros.")).toBe(0);
  });
});

describe("amountAsked", () => {
  const asked = (question: string) => amountAsked(understandQuestion(question));

  it("reads the sort of amount once from the question's words", () => {
    expect(asked("how far from a school does an internet cafe have to be")?.sort).toBe("distance");
    expect(asked("what share of the vote did labour win")?.sort).toBe("share");
    expect(asked(LOSE)).toMatchObject({ sort: "money", aboutShares: false });
    expect(asked(LOSE)?.families).toHaveLength(1);
    expect(asked("how much did a dortmund share cost")?.aboutShares).toBe(true);
  });

  it("is null for other kinds, and for a how-much question naming no sort", () => {
    expect(asked("who runs dortmund")).toBeNull();
    expect(asked("how much snow fell in the alps")).toBeNull();
  });
});

describe("sentence choice: the amount asked for", () => {
  it("answers what a club lost with its loss, not its share price", () => {
    const knowledge = literalKnowledge([
      {
        id: "dortmund",
        title: "Borussia Dortmund near bust",
        body: [
          "Shares in Borussia Dortmund dropped by almost 23% to 2.05 euros as the money ran out.",
          "Borussia Dortmund posted a record loss of 68m euros in the 12 months through June.",
        ].join("\n\n"),
      },
    ]);
    expect(ask(knowledge, LOSE).sentences[0]?.text).toContain("68m euros");
  });
});
