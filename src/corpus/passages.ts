import { terms } from "../text/tokens.js";
import type { Article, Passage, Sentence } from "./types.js";

/** Passages stop growing once they pass this many characters (whole sentences only). */
export const PASSAGE_TARGET_CHARS = 600;

/**
 * Splits an article into passages: runs of whole sentences within one paragraph, each up to
 * about {@link PASSAGE_TARGET_CHARS} characters, so that a passage never spans two paragraphs
 * and a citation can name its paragraph. `knownTerms` gives, by a passage's order, how to read
 * its terms when they were kept from an earlier build: they are read when first wanted, since
 * after a start from a snapshot (the index loaded, not built) most passages' terms are never
 * read, and reading them all cost a sixth of that start at BBC size.
 */
export function splitPassages(
  article: Article,
  firstOrder = 0,
  knownTerms?: (order: number) => (() => string[][]) | undefined,
): Passage[] {
  const passages: Passage[] = [];
  for (const paragraph of article.paragraphs) {
    let chunk: Sentence[] = [];
    let inParagraph = 0;
    const flush = (): void => {
      if (chunk.length === 0) return;
      const offset = chunk[0]!.start;
      const end = chunk[chunk.length - 1]!.end;
      const order = firstOrder + passages.length;
      const id = `${article.id}#${paragraph.number}.${++inParagraph}`;
      const text = paragraph.text.slice(offset, end);
      const sentences = chunk.map((s) => ({
        text: s.text,
        start: s.start - offset,
        end: s.end - offset,
      }));
      const kept = knownTerms?.(order);
      // One literal per case: a spread copy of a shared part took 4 MB more heap at BBC size.
      passages.push(
        kept
          ? withTermsRead(id, article.id, paragraph.number, offset, order, text, sentences, kept)
          : {
              id,
              articleId: article.id,
              paragraph: paragraph.number,
              offset,
              order,
              text,
              sentences,
              sentenceTerms: chunk.map((s) => terms(s.text)),
            },
      );
      chunk = [];
    };
    for (const sentence of paragraph.sentences) {
      const size = chunk.length === 0 ? 0 : sentence.end - chunk[0]!.start;
      if (chunk.length > 0 && size > PASSAGE_TARGET_CHARS) flush();
      chunk.push(sentence);
    }
    flush();
  }
  return passages;
}

/** A passage whose terms are read by `read` when first wanted, then kept. */
function withTermsRead(
  id: string,
  articleId: string,
  paragraph: number,
  offset: number,
  order: number,
  text: string,
  sentences: Sentence[],
  read: () => string[][],
): Passage {
  let kept: string[][] | undefined;
  return {
    id,
    articleId,
    paragraph,
    offset,
    order,
    text,
    sentences,
    get sentenceTerms() {
      return (kept ??= read());
    },
  };
}
