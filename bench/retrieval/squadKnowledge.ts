import { knowledgeFromArticles } from "../../src/knowledge/buildKnowledge.js";
import { cleanBody } from "../../src/corpus/clean.js";
import type { Article } from "../../src/corpus/types.js";
import type { Knowledge } from "../../src/knowledge/knowledge.js";
import type { SquadParagraph } from "./squad.js";

/** The article id a SQuAD paragraph is indexed under. */
export const squadArticleId = (paragraph: number): string => `squad-${paragraph}`;

/** The SQuAD paragraph index an article id of {@link squadArticleId} stands for. */
export const squadParagraphOf = (articleId: string): number =>
  Number(articleId.slice("squad-".length));

/**
 * Each SQuAD paragraph as an article of its own, run through the loader's real cleaning, with
 * the Wikipedia title (underscores as spaces) as its title, as Newsdesk would index a file.
 */
export function squadArticles(paragraphs: readonly SquadParagraph[]): Article[] {
  return paragraphs.map((p) => {
    const id = squadArticleId(p.index);
    const { paragraphs: cleaned } = cleanBody(p.context, p.title);
    return {
      id,
      path: `${id}.txt`,
      title: p.title,
      published: null,
      source: "Wikipedia (SQuAD v1.1 dev)",
      url: null,
      paragraphs: cleaned,
    };
  });
}

/** Newsdesk's knowledge over the SQuAD paragraphs. */
export function squadKnowledge(paragraphs: readonly SquadParagraph[]): Knowledge {
  return knowledgeFromArticles(squadArticles(paragraphs), {
    directory: "squad-v1.1-dev",
    cleaning: [],
    problems: [],
    warnings: [],
  });
}
