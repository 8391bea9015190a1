import { describe, expect, it } from "vitest";
import { cleanBody } from "../../src/corpus/clean.js";

describe("cleanBody", () => {
  it("drops a repeated headline and a repeated paragraph, counting each", () => {
    const body =
      "Big News Today\n\nBig News Today\nFirst paragraph here.\nSecond one.\nFirst  paragraph here.";
    const { paragraphs, counts } = cleanBody(body, "Big News Today");
    expect(paragraphs.map((p) => p.text)).toEqual(["First paragraph here.", "Second one."]);
    expect(counts.droppedHeadlines).toBe(2);
    expect(counts.droppedDuplicateParagraphs).toBe(1);
  });

  it("removes an opening quotation mark that ends a paragraph", () => {
    const { paragraphs, counts } = cleanBody("It was necessary for the future.“\nNext.", "T");
    expect(paragraphs[0]?.text).toBe("It was necessary for the future.");
    expect(counts.strayQuotes).toBe(1);
  });

  it("keeps a straight closing mark after a quote whose opener ran on", () => {
    const body = '"It ran on. "And it closes."';
    const { paragraphs, counts } = cleanBody(body, "T");
    expect(paragraphs[0]?.text).toBe(body);
    expect(counts.strayQuotes).toBe(0);
  });

  it("removes a straight opening mark that ends a paragraph", () => {
    const { paragraphs } = cleanBody('He said "yes" and then "\nNext.', "T");
    expect(paragraphs[0]?.text).toBe('He said "yes" and then');
  });

  it("keeps a balanced quotation at the end of a paragraph", () => {
    const { paragraphs, counts } = cleanBody('He said "yes"', "T");
    expect(paragraphs[0]?.text).toBe('He said "yes"');
    expect(counts.strayQuotes).toBe(0);
  });

  it("decodes HTML character references and repairs a mangled apostrophe", () => {
    const { paragraphs } = cleanBody(
      "An internet caf&#233; charged &#163;5 &amp; more. AT&T &lt;said&gt; America&#191;s R&D grew.",
      "T",
    );
    expect(paragraphs[0]?.text).toBe(
      "An internet café charged £5 & more. AT&T <said> America’s R&D grew.",
    );
  });

  it("normalises spaces and odd quotation marks", () => {
    const { paragraphs } = cleanBody("A\u00A0 b\u200B c \u201Equoted\u201D.", "T");
    expect(paragraphs[0]?.text).toBe("A b c “quoted”.");
  });

  it("joins hard-wrapped lines but keeps one-paragraph-a-line text apart", () => {
    const wrapped =
      "This is a long line of text that was wrapped by an editor at\nabout seventy characters, like Markdown.\n\nNext paragraph.";
    expect(cleanBody(wrapped, "T").paragraphs.map((p) => p.text)).toEqual([
      "This is a long line of text that was wrapped by an editor at about seventy characters, like Markdown.",
      "Next paragraph.",
    ]);
    const lines =
      "Headline Without Stop\nA full paragraph as one long line, as received from a feed, which is longer than any editor would wrap a line at.";
    expect(cleanBody(lines, "T").paragraphs).toHaveLength(2);
  });

  it("separates sentences glued without a space", () => {
    const { paragraphs, counts } = cleanBody(
      "It ended in Afghanistan.In a new move, it began.",
      "T",
    );
    expect(paragraphs[0]?.sentences.map((s) => s.text)).toEqual([
      "It ended in Afghanistan.",
      "In a new move, it began.",
    ]);
    expect(counts.joinedSentences).toBe(1);
  });

  it("numbers paragraphs after dropping repeats", () => {
    const { paragraphs } = cleanBody("A one.\nA one.\nB two.", "T");
    expect(paragraphs.map((p) => p.number)).toEqual([1, 2]);
  });
  it("drops control characters, which have no meaning in prose", () => {
    const { paragraphs } = cleanBody("The council\u0001 met.\u0007 It voted.", "T");
    expect(paragraphs[0]?.text).toBe("The council met. It voted.");
  });
});
