import { z } from "zod";
import type { Knowledge } from "../src/knowledge/knowledge.js";
import type { CommandDefinition } from "./definition.js";

/** One article as `/sources` lists it. */
export interface SourceEntry {
  readonly articleId: string;
  readonly title: string;
  readonly published: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly paragraphs: number;
}

/** The result of `/sources`: every article, newest first (undated last, by title). */
export interface SourcesResult {
  readonly articles: readonly SourceEntry[];
}

/** Lists the corpus's articles, newest first. */
export function listSources(knowledge: Knowledge): SourcesResult {
  const articles = [...knowledge.articles.values()]
    .map((a) => ({
      articleId: a.id,
      title: a.title,
      published: a.published,
      source: a.source,
      url: a.url,
      paragraphs: a.paragraphs.length,
    }))
    .sort(
      (a, b) =>
        (b.published ?? "").localeCompare(a.published ?? "") || a.title.localeCompare(b.title),
    );
  return { articles };
}

const input = z.object({});

/** `/sources`: the articles the bot answers from. */
export const sourcesCommand = {
  name: "sources",
  description: "List the articles Newsdesk answers from, newest first.",
  options: [],
  input,
  run: (knowledge) => listSources(knowledge),
} as const satisfies CommandDefinition<z.infer<typeof input>, SourcesResult>;
