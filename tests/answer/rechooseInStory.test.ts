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
    ["Mara Oduya lost in Lisbon.", "Mara Oduya", ["mara"], true],
    ["Petra Kvist won 7-5 7-6.", "Petra Kvist", ["mara"], false],
    ["The mouth of the Rhine into Lake Constance.", "Lake Constance", ["rhine"], false],
  ] as const)("in %s, %s restating %j is %s", (text, name, names, expected) => {
    expect(restatesQuestion(text, span(text, name), new Set(names))).toBe(expected);
  });
});

describe("rechooseInStory", () => {
  const story = (id: string, second: string) => ({
    id,
    title: "Oduya Out in Lisbon",
    body: [
      "Former champion Mara Oduya suffered a first-round defeat at the Lisbon Open.",
      second,
      "The tournament continues on Tuesday with the second round.",
    ].join("\n"),
  });
  const knowledgeWith = (second: string) =>
    literalKnowledge([
      story("lisbon", second),
      ...otherNews(30, (i) => `Shares in company number ${i} rose on Monday after results.`),
    ]);

  it("answers who knocked someone out from the sentence after a lead that only names them", () => {
    const second = "Petra Kvist, who had lost all nine of their previous meetings, won 7-5 7-6.";
    const result = ask(knowledgeWith(second), "who knocked mara out in lisbon");
    expect(result.abstained).toBe(false);
    expect(result.short?.text).toBe("Petra Kvist");
    expect(result.sentences.map((s) => s.text)).toContain(second);
  });

  it("reads a next paragraph that names its subject again by a description", () => {
    const second = "The 24-year-old Petra Kvist won 7-5 7-6 in just under two hours.";
    const result = ask(knowledgeWith(second), "who knocked mara out in lisbon");
    expect(result.short?.text).toBe("Petra Kvist");
  });

  it("does not read a next paragraph that turns to another match", () => {
    const second = "Elsewhere Tomas Berdan beat Ivo Karl 6-3 6-4 in a late finish.";
    const result = ask(knowledgeWith(second), "who knocked mara out in lisbon");
    expect(result.short?.text).not.toBe("Tomas Berdan");
    expect(result.sentences.map((s) => s.text)).not.toContain(second);
  });
});
