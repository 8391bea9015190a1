import type { Article, Paragraph, Sentence } from "../../src/corpus/types.js";

// Stands in for the corpus splitter in these tests: the quote code only needs sentence offsets
// for citations, and falls back to its own boundaries when a paragraph has none.
function naiveSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?]+(?:[.!?]+["”’]?|$)\s*/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    if (!raw.trim()) continue;
    out.push({ text: raw.trim(), start: m.index, end: m.index + raw.trimEnd().length });
  }
  return out;
}

/** An Article built by hand: one paragraph per non-empty line of `body`. */
export function articleFrom(id: string, body: string, title = id): Article {
  const paragraphs: Paragraph[] = body
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((text, i) => ({ number: i + 1, text, sentences: naiveSentences(text) }));
  return { id, path: `${id}.txt`, title, published: null, source: null, url: null, paragraphs };
}
