import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { restatesQuestion } from "../../src/answer/rechooseInStory.js";
import { literalKnowledge, otherNews } from "../support/literalKnowledge.js";

const span = (text: string, name: string) => {
  const start = text.indexOf(name);
  return { start, end: start + name.length };
};

describe("restatesQuestion", () => {
  it.each([
    ["Venus Williams lost in Dubai.", "Venus Williams", ["venu"], true],
    ["Sylvia Farina Elia won 7-5 7-6.", "Sylvia Farina Elia", ["venu"], false],
    ["The mouth of the Rhine into Lake Constance.", "Lake Constance", ["rhine"], false],
  ] as const)("in %s, %s restating %j is %s", (text, name, names, expected) => {
    expect(restatesQuestion(text, span(text, name), new Set(names))).toBe(expected);
  });
});

describe("rechooseInStory", () => {
  const knowledge = literalKnowledge([
    {
      id: "dubai",
      title: "Venus Out in Dubai",
      body: [
        "Former champion Venus Williams suffered a first-round defeat at the Dubai Championships.",
        "Sylvia Farina Elia, who had lost all nine of their previous meetings, won 7-5 7-6.",
        "The tournament continues on Tuesday with the second round.",
      ].join("\n"),
    },
    ...otherNews(30, (i) => `Shares in company number ${i} rose on Monday after results.`),
  ]);

  it("answers who knocked someone out from the sentence after a lead that only names them", () => {
    const result = ask(knowledge, "who knocked venus out in dubai");
    expect(result.abstained).toBe(false);
    expect(result.short?.text).toBe("Sylvia Farina Elia");
    expect(result.sentences.map((s) => s.text)).toContain(
      "Sylvia Farina Elia, who had lost all nine of their previous meetings, won 7-5 7-6.",
    );
  });
});
