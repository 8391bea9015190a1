import type { Citation } from "../answer/citation.js";

/** The JSON shape of a citation, the same for every command. */
export function citationJson(c: Citation): Record<string, unknown> {
  return {
    n: c.n,
    articleId: c.articleId,
    title: c.title,
    published: c.published,
    url: c.url,
    paragraph: c.paragraph,
    passage: c.passage,
  };
}
