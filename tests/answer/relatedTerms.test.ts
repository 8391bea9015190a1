import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { relatedTerms } from "../../src/answer/relatedTerms.js";
import { TermStats } from "../../src/search/termStats.js";
import { understandQuestion } from "../../src/answer/understandQuestion.js";
import { literalKnowledge } from "../support/literalKnowledge.js";

describe("related terms", () => {
  it("gives the question's predicate words their WordNet relatives, and names none", () => {
    const q = understandQuestion("What growth is Deloitte predicting?");
    const related = relatedTerms(q, new TermStats());
    const of = (surface: string): readonly string[] =>
      related[q.terms.findIndex((t) => t.surface === surface)] ?? [];
    expect(of("predicting")).toContain("forecast");
    expect(of("Deloitte")).toEqual([]);
  });

  it("chooses the sentence that says the question's predicate in other words", () => {
    const knowledge = literalKnowledge([
      {
        id: "economy",
        title: "Consultancy warns on economy",
        published: "2005-01-03",
        body: [
          "The consultancy published its yearly outlook on Monday.",
          "Deloitte said economic growth was 3% in 2004, a strong year.",
          "Deloitte is forecasting growth of 2% this year.",
        ].join("\n"),
      },
    ]);
    const result = ask(knowledge, "how much growth is deloitte predicting");
    expect(result.short?.text).toBe("2%");
  });
});

describe("related terms: roles", () => {
  it("lets a reader's word for a firm's leader find the chief executive", () => {
    const q = understandQuestion("who is the boss of ryanair");
    const related = relatedTerms(q, new TermStats());
    expect(related[q.terms.findIndex((t) => t.surface === "boss")]).toEqual(
      expect.arrayContaining(["chief", "execut"]),
    );
  });

  it("does not relate a role word to itself", () => {
    const q = understandQuestion("who is the executive of ryanair");
    const executive = q.terms.find((t) => t.surface === "executive");
    const related = relatedTerms(q, new TermStats());
    expect(executive).toBeDefined();
    expect(related[q.terms.indexOf(executive!)]).toEqual(expect.arrayContaining(["boss"]));
    expect(related[q.terms.indexOf(executive!)]).not.toContain("execut");
  });
});
