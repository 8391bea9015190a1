import { describe, expect, it } from "vitest";
import { longArticle } from "../../bench/quotes/longArticle.js";
import { buildSpeakerDirectory } from "../../src/quotes/buildSpeakerDirectory.js";
import { extractQuotes } from "../../src/quotes/extractQuotes.js";

describe("quote extraction on a long article", () => {
  // Before extraction was linear this never finished; the time itself is in the bench.
  it("extracts the quotes and speakers of a generated 1 MB article", () => {
    const article = longArticle(1e6);
    const quotes = extractQuotes(article);
    const directory = buildSpeakerDirectory([article], quotes);
    // Five quotes a paragraph, each with a named speaker.
    expect(quotes.length).toBe(article.paragraphs.length * 5);
    expect(quotes.every((q) => q.speaker !== null)).toBe(true);
    expect(directory.entries.length).toBeGreaterThan(1_000);
  }, 120_000);
});
