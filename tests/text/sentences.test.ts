import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/text/sentences.js";

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe("splitSentences", () => {
  it.each([
    ["One. Two.", ["One.", "Two."]],
    ["Mr. Smith met Dr. Jones. They spoke.", ["Mr. Smith met Dr. Jones.", "They spoke."]],
    [
      "A war involving U.S. and allied forces ended. Then peace.",
      ["A war involving U.S. and allied forces ended.", "Then peace."],
    ],
    ["He visited the U.S. The trip was long.", ["He visited the U.S.", "The trip was long."]],
    ["He met U.S. officials in Kabul.", ["He met U.S. officials in Kabul."]],
    ["John F. Kennedy spoke.", ["John F. Kennedy spoke."]],
    ["She said: “It is done.” Then she left.", ["She said: “It is done.”", "Then she left."]],
    ["“Go now,” he said. “Why?” she asked.", ["“Go now,” he said.", "“Why?” she asked."]],
    [
      "An example for others… now that it started, Russia leads.",
      ["An example for others… now that it started, Russia leads."],
    ],
    ["Prices rose 3.5 percent. Markets fell!", ["Prices rose 3.5 percent.", "Markets fell!"]],
    ["Is it true? Yes.", ["Is it true?", "Yes."]],
    ["no final stop", ["no final stop"]],
  ])("splits %j", (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it("gives offsets that slice back to each sentence", () => {
    const text = "  First one.   Second “quoted.” Third!";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
