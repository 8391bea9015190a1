import { describe, expect, it } from "vitest";
import type { Citation } from "../../src/answer/citation.js";
import type { QuoteResult } from "../../src/quotes/quote.js";
import { QUOTES_IN_TERMINAL, renderQuoteText } from "../../src/render/quoteText.js";

/** A much-quoted speaker: one quote per article, each article cited once. */
function manyQuotes(n: number): QuoteResult {
  const citations: Citation[] = Array.from({ length: n }, (_, i) => ({
    n: i + 1,
    articleId: `story-${i + 1}`,
    title: `Story ${i + 1}`,
    published: null,
    url: null,
    source: null,
    paragraph: 1,
    passage: `She said: "Line ${i + 1}."`,
    passageId: `story-${i + 1}#1`,
  }));
  return {
    kind: "match",
    query: "Minister",
    about: null,
    speaker: {
      id: "minister",
      name: "Ann Minister",
      aliases: [],
      role: null,
      kind: "person",
      quoteCount: n,
    },
    quotes: citations.map((c) => ({
      text: `Line ${c.n}.`,
      partial: false,
      context: c.passage,
      citations: [c.n],
    })),
    allQuotes: n,
    citations,
  };
}

describe("quote listing in the terminal", () => {
  it("lists the first quotes of a much-quoted speaker, says how to see the rest, and lists only their sources", () => {
    const text = renderQuoteText(manyQuotes(QUOTES_IN_TERMINAL + 5));
    expect(text).toContain(`“Line ${QUOTES_IN_TERMINAL}.”`);
    expect(text).not.toContain(`“Line ${QUOTES_IN_TERMINAL + 1}.”`);
    expect(text).toContain(
      `The first ${QUOTES_IN_TERMINAL} of ${QUOTES_IN_TERMINAL + 5} quotes; narrow them with --about <words>, or --json lists every one.`,
    );
    expect(text).toContain(`Story ${QUOTES_IN_TERMINAL}`);
    expect(text).not.toContain(`Story ${QUOTES_IN_TERMINAL + 1}`);
  });

  it("lists every quote, with no note, when there are few", () => {
    const text = renderQuoteText(manyQuotes(3));
    expect(text).toContain("“Line 3.”");
    expect(text).not.toContain("narrow them");
  });
});
