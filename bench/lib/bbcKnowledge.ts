import { knowledgeFromArticles } from "../../src/knowledge/buildKnowledge.js";
import type { Article } from "../../src/corpus/types.js";
import type { Knowledge } from "../../src/knowledge/knowledge.js";
import { bbcArticles } from "../scale/scaleCorpora.js";
import { BBC_FILE } from "./benchPaths.js";

/** All 2,225 BBC News articles, cleaned by the loader, and the knowledge built from them. */
export function bbcKnowledge(): { articles: Article[]; knowledge: Knowledge } {
  const articles = bbcArticles(BBC_FILE);
  const knowledge = knowledgeFromArticles(articles, {
    directory: "bbc",
    cleaning: [],
    problems: [],
    warnings: [],
  });
  return { articles, knowledge };
}
