import { terms } from "../text/tokens.js";
import type { Article } from "./types.js";

const cache = new WeakMap<Article, readonly string[]>();

/** The distinct terms of an article's title, computed once per article. */
export function titleTerms(article: Article): readonly string[] {
  let found = cache.get(article);
  if (found === undefined) {
    found = [...new Set(terms(article.title))];
    cache.set(article, found);
  }
  return found;
}
