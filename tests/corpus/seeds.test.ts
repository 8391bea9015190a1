import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { splitPassages } from "../../src/corpus/passages.js";

const CORPUS = path.join(import.meta.dirname, "../../corpus");
const SHIFT = "russia-recognizes-taliban-historic-shift";

describe("the seed corpus", async () => {
  const corpus = await loadCorpus(CORPUS);
  const shift = corpus.articles.find((a) => a.id === SHIFT)!;

  it("loads both seeds with their metadata and no problems", () => {
    expect(corpus.problems).toEqual([]);
    expect(corpus.articles.map((a) => [a.id, a.published])).toEqual([
      ["russia-first-country-to-recognize-taliban", "2025-07-03"],
      [SHIFT, "2025-07-03"],
    ]);
  });

  it("cleans the repeated headline, the repeated paragraph and the stray quotation mark", () => {
    expect(corpus.cleaning.find((c) => c.articleId === SHIFT)).toMatchObject({
      droppedHeadlines: 2,
      droppedDuplicateParagraphs: 1,
      strayQuotes: 1,
    });
    const texts = shift.paragraphs.map((p) => p.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.some((t) => t.endsWith("“"))).toBe(false);
    expect(texts).not.toContain(shift.title);
  });

  it("splits passages that know their article, paragraph and sentences", () => {
    for (const article of corpus.articles) {
      for (const passage of splitPassages(article)) {
        const paragraph = article.paragraphs[passage.paragraph - 1]!;
        expect(paragraph.text.slice(passage.offset, passage.offset + passage.text.length)).toBe(
          passage.text,
        );
        for (const s of passage.sentences) expect(passage.text.slice(s.start, s.end)).toBe(s.text);
        expect(passage.articleId).toBe(article.id);
      }
    }
  });
});
