import { describe, expect, it } from "vitest";
import { findQuoteSpans } from "../../src/quotes/findQuoteSpans.js";

/** The quoted text of each span, parts joined with " | ". */
function quoted(paragraphs: string[]): string[] {
  return findQuoteSpans(paragraphs).map((s) =>
    s.parts.map((p) => paragraphs[p.index]?.slice(p.start, p.end)).join(" | "),
  );
}

describe("findQuoteSpans", () => {
  it.each([
    ["curly marks", ["He said “yes” and “no”."], ["yes", "no"]],
    ["straight marks", [`He said "yes" and "no".`], ["yes", "no"]],
    ["newswire '' marks", ["''We will win,'' Ms. White said."], ["We will win,"]],
    ["`` opening and '' closing", ["``We will win,'' she said."], ["We will win,"]],
    ["a closing mark with no opener", ["He said no” twice."], []],
    [
      "an opening mark ending a paragraph",
      ["It was necessary for the future.“", "This recognition is likely."],
      [],
    ],
    ["an apostrophe is not a mark", ["Russia’s move, the group’s rule."], []],
  ])("pairs %s", (_name, paragraphs, expected) => {
    expect(quoted(paragraphs)).toEqual(expected);
  });

  it("runs a quote on when the next paragraph opens with a mark", () => {
    expect(quoted(["Smith said: “The first part.", "“The second part.”"])).toEqual([
      "The first part. | The second part.",
    ]);
  });

  it("drops an opener left open when the next paragraph does not continue the quote", () => {
    expect(quoted(["Smith said: “The first part.", "Then he left."])).toEqual([]);
  });

  it("restarts at a second opener, treating the first as stray", () => {
    expect(quoted(["A stray “ mark, then “the quote” here."])).toEqual(["the quote"]);
  });
});
