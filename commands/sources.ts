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

/** A title as it sorts: opening quote marks and other punctuation do not count. */
const titleKey = (title: string): string => title.replace(/^[^\p{L}\p{N}]+/u, "");

/**
 * How a listing is ordered, in the reader's words: "newest first", or "by title" when no
 * article has a date (a corpus of bare text files), where "newest first" would be untrue.
 */
export function sourcesOrder(result: SourcesResult): string {
  return result.articles.some((a) => a.published !== null) ? "newest first" : "by title";
}

/** Lists the corpus's articles, newest first (undated last, by title). */
export function listSources(knowledge: Knowledge): SourcesResult {
  const articles = [...knowledge.articles.values()]
    .map((a) => ({
      entry: {
        articleId: a.id,
        title: a.title,
        published: a.published,
        source: a.source,
        url: a.url,
        paragraphs: a.paragraphs.length,
      },
      key: titleKey(a.title),
    }))
    .sort(
      (a, b) =>
        (b.entry.published ?? "").localeCompare(a.entry.published ?? "") ||
        a.key.localeCompare(b.key),
    )
    .map((a) => a.entry);
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
