import { describe, expect, it } from "vitest";
import { understandQuestion } from "../../src/answer/understandQuestion.js";
import { whatSpans } from "../../src/answer/whatSpans.js";

/** The spans a "what" question's form finds in a sentence, as text. */
function found(question: string, sentence: string): string[] | undefined {
  const understood = understandQuestion(question);
  const finder = whatSpans(understood.text, understood.asked);
  return finder?.(sentence).map((s) => sentence.slice(s.start, s.end));
}

describe("the spans a what question's own form finds", () => {
  it.each([
    [
      "what was the customs operation called",
      "Months later US Customs co-ordinated raids as part of Operation Buccaneer.",
      ["Operation Buccaneer"],
    ],
    [
      "what nickname did the coach have",
      'Referred to in the Netherlands as "the General", he led the Dutch.',
      ["the General"],
    ],
    ["by what score did wales beat italy", "The team that beat Italy 38-8 is unchanged.", ["38-8"]],
    ["whats her world ranking", "Mirza, ranked 134 in the world, sank to her knees.", ["134"]],
    [
      "what did the tories want added to the bill",
      "The Tories wanted a sunset clause inserted in the bill.",
      ["a sunset clause"],
    ],
  ])("%s", (question, sentence, spans) => {
    expect(found(question, sentence)?.slice(0, spans.length)).toEqual(spans);
  });

  it("finds no object after a light verb, nor after the verb's word written as a name", () => {
    expect(
      found("what did his old guitar go for", "He is going to go down as the mayor who did it."),
    ).toBeUndefined();
    expect(found("what did the team captain", "Captain Gareth Thomas has been ruled out.")).toEqual(
      [],
    );
  });

  it("finds no object when an action is asked, nor takes the doer's name for the verb", () => {
    // "of" joins the doer's name: "bank" is not the verb, and "do" asks what was done.
    expect(
      found(
        "what did the bank of scotland do to its fees",
        "The bank sought to cut costs as it raised its fees.",
      ),
    ).toBeUndefined();
    expect(
      found("what did the bank of scotland sell", "The Bank of Scotland sold its car loans arm."),
    ).toEqual(["its car loans arm"]);
  });

  it("keeps a noun of a participle's form in the object, ending it at a participle after its noun", () => {
    const wanted = (sentence: string): string[] | undefined =>
      found("what did the council want", sentence);
    expect(wanted("The council wanted a new building for the town.")).toEqual(["a new building"]);
    expect(wanted("The council wanted more funding from Whitehall.")).toEqual(["more funding"]);
    expect(wanted("The council wanted a hundred more staff.")).toEqual(["a hundred more staff"]);
    expect(wanted("The council wanted the red thing back.")).toEqual(["the red thing"]);
    expect(wanted("The council wanted a clause inserted in the bill.")).toEqual(["a clause"]);
  });

  it("reads no quotation between two apostrophes", () => {
    expect(found("what nickname did the plan get", "Labour's plan isn't new.")).toEqual([]);
  });

  it("has no form for a what question its words do not shape", () => {
    expect(found("what was the film about", "The film is about a robot.")).toBeUndefined();
  });
});
