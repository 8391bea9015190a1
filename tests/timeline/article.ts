import type { Article } from "../../src/corpus/types.js";
import { splitSentences } from "../../src/text/sentences.js";

/** A cleaned article built by hand: one string per paragraph. */
export function article(
  id: string,
  published: string | null,
  paragraphs: readonly string[],
  title = id,
): Article {
  return {
    id,
    path: `${id}.md`,
    title,
    published,
    source: null,
    url: null,
    paragraphs: paragraphs.map((text, i) => ({
      number: i + 1,
      text,
      sentences: splitSentences(text),
    })),
  };
}
