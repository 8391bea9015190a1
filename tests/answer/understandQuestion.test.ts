import { describe, expect, it } from "vitest";
import { understandQuestion } from "../../src/answer/understandQuestion.js";

describe("understandQuestion", () => {
  it.each([
    ["who won the race", "who"],
    ["whose idea was it", "who"],
    ["what is the name of the new chief", "who"],
    ["which firm bought Giant", "which"],
    ["which threats will it fight", "which"],
    ["which is bigger", "what"],
    ["whos the ceo of ask jeeves", "who"],
    ["what film topped the box office", "which"],
    ["when did the tournament start", "when"],
    ["in which year did he retire", "when"],
    ["where is Continental based", "where"],
    ["which city hosts the show", "where"],
    ["why did the shares fall", "why"],
    ["how many jobs will go", "how-many"],
    ["how long did the strike last", "how-many"],
    ["how much did the deal cost", "how-much"],
    ["what price did they pay", "how-much"],
    ["what did the report say", "what"],
    ["budget deficit figures", "other"],
  ])("reads the kind of %s as %s", (question, kind) => {
    expect(understandQuestion(question).kind).toBe(kind);
  });

  it("drops framing phrases such as 'take place' and 'happen' from the content terms", () => {
    const terms = (q: string): string[] => understandQuestion(q).terms.map((t) => t.term);
    expect(terms("Where did the meeting take place?")).toEqual(["meet"]);
    expect(terms("when did the crash happen")).toEqual(["crash"]);
    expect(terms("when did the vote occur")).toEqual(["vote"]);
  });

  it("splits the terms into the subject (names, numbers) and the predicate", () => {
    const q = understandQuestion("Who won the French Open in 2005?");
    expect(q.subject.map((t) => t.surface)).toEqual(["French", "Open", "2005"]);
    expect(q.predicate.map((t) => t.surface)).toEqual(["won"]);
  });

  it("keeps the question's own words, possessives folded, to tell answers from echoes", () => {
    expect([...understandQuestion("Who is Russia's envoy?").asked]).toEqual([
      "who",
      "is",
      "russia",
      "envoy",
    ]);
  });
});
