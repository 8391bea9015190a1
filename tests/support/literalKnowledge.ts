import { knowledgeFromArticles } from "../../src/knowledge/buildKnowledge.js";
import { cleanBody } from "../../src/corpus/clean.js";
import type { Article } from "../../src/corpus/types.js";
import type { Knowledge } from "../../src/knowledge/knowledge.js";

/** An article written inline in a test. */
export interface LiteralArticle {
  readonly id: string;
  readonly title: string;
  readonly published?: string;
  readonly body: string;
}

/** Cleans literal articles as the loader would. */
export function literalArticles(articles: readonly LiteralArticle[]): Article[] {
  return articles.map((a) => ({
    id: a.id,
    path: `${a.id}.md`,
    title: a.title,
    published: a.published ?? null,
    source: null,
    url: null,
    paragraphs: cleanBody(a.body, a.title).paragraphs,
  }));
}

/** Knowledge built from literal articles, as the bot builds it from a folder. */
export function literalKnowledge(articles: readonly LiteralArticle[]): Knowledge {
  return knowledgeFromArticles(literalArticles(articles), {
    directory: "(inline)",
    cleaning: [],
    problems: [],
    warnings: [],
  });
}

/**
 * `count` short articles of other news (`body` of each's number), so that the words a test's
 * own articles share with its question are as rare as in a real corpus.
 */
export function otherNews(count: number, body: (i: number) => string): LiteralArticle[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `news-${i}`,
    title: "News",
    body: body(i),
  }));
}
