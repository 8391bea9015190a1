import { describe, expect, it } from "vitest";
import { understandQuestion } from "../../src/answer/understandQuestion.js";
import { shortForm } from "../../src/answer/whatAsked.js";

describe("the short answer's form for a what question", () => {
  it.each([
    ["what was ask jeeves q4 profit", "how-much"],
    ["what would the offer value the club at", "how-much"],
    ["what did bill gates say about spam", "what"],
    ["what did the judge fine tune in the ruling", "what"],
    ["what was the film about", "what"],
  ])("%s → %s", (question, kind) => {
    expect(shortForm(understandQuestion(question)).kind).toBe(kind);
  });

  it("is a count of time for 'how quickly'", () => {
    const form = shortForm(understandQuestion("what happened and how quickly did it sell out"));
    expect(form.kind).toBe("how-many");
    expect(form.fits("four days")).toBe(true);
    expect(form.fits("4m copies")).toBe(false);
  });
});
