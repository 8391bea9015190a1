import type { Article, Passage } from "../corpus/types.js";
import type { Citation } from "./citation.js";

/**
 * Numbers the passages a result cites, in order of first use: citing the same passage twice
 * returns the same number, so no source is listed twice.
 */
export class CitationList {
  readonly #byPassage = new Map<string, Citation>();

  constructor(private readonly articleOf: (articleId: string) => Article | undefined) {}

  /** The number of `passage` in this list, adding it on first use. */
  cite(passage: Passage): number {
    const known = this.#byPassage.get(passage.id);
    if (known) return known.n;
    const article = this.articleOf(passage.articleId);
    if (!article) throw new Error(`citations: unknown article ${passage.articleId}`);
    const citation: Citation = {
      n: this.#byPassage.size + 1,
      articleId: article.id,
      title: article.title,
      published: article.published,
      url: article.url,
      source: article.source,
      paragraph: passage.paragraph,
      passage: passage.text,
      passageId: passage.id,
    };
    this.#byPassage.set(passage.id, citation);
    return citation.n;
  }

  /** Every citation, numbered 1..n. */
  list(): Citation[] {
    return [...this.#byPassage.values()];
  }
}

/** The newest publication date among `citations`, or null when none carries one. */
export function newestDate(citations: readonly Citation[]): string | null {
  let newest: string | null = null;
  for (const c of citations)
    if (c.published && (!newest || c.published > newest)) newest = c.published;
  return newest;
}
