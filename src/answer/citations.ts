import type { Article, Passage } from "../corpus/types.js";
import type { Citation } from "./citation.js";

/**
 * Numbers the paragraphs a result cites, in order of first use: citing the same passage, or
 * another passage of the same paragraph (a long paragraph is cut into passages), returns the
 * same number, so no source is listed twice. A citation shows its passage, or the whole
 * paragraph once two of its passages are cited.
 */
export class CitationList {
  readonly #byParagraph = new Map<string, Citation>();

  constructor(private readonly articleOf: (articleId: string) => Article | undefined) {}

  /** The number of `passage`'s paragraph in this list, adding it on first use. */
  cite(passage: Passage): number {
    const key = `${passage.articleId}#${passage.paragraph}`;
    const known = this.#byParagraph.get(key);
    if (known && known.passageId !== passage.id) {
      const paragraph = this.articleOf(passage.articleId)?.paragraphs[passage.paragraph - 1];
      if (paragraph) this.#byParagraph.set(key, { ...known, passage: paragraph.text });
    }
    if (known) return known.n;
    const article = this.articleOf(passage.articleId);
    if (!article) throw new Error(`citations: unknown article ${passage.articleId}`);
    const citation: Citation = {
      n: this.#byParagraph.size + 1,
      articleId: article.id,
      title: article.title,
      published: article.published,
      url: article.url,
      source: article.source,
      paragraph: passage.paragraph,
      passage: passage.text,
      passageId: passage.id,
    };
    this.#byParagraph.set(key, citation);
    return citation.n;
  }

  /** Every citation, numbered 1..n. */
  list(): Citation[] {
    return [...this.#byParagraph.values()];
  }
}

/** The newest publication date among `citations`, or null when none carries one. */
export function newestDate(citations: readonly Citation[]): string | null {
  let newest: string | null = null;
  for (const c of citations)
    if (c.published && (!newest || c.published > newest)) newest = c.published;
  return newest;
}
