import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { DATA_DIR } from "../lib/benchPaths.js";

/** The BBC quotes dev set: every direct quote of 35 articles with its true speaker. */
export const QUOTES_DEV_FILE = path.join(DATA_DIR, "bbc-news/quotes/dev.json");

const GoldQuote = z.object({
  text: z.string(),
  speaker: z.string().nullable(),
  speaker_aliases: z.array(z.string()),
  kind: z.enum(["person", "organisation", "role", "unknown"]),
  partial: z.boolean(),
});
const GoldArticle = z.object({
  file: z.string(),
  title: z.string(),
  quotes: z.array(GoldQuote),
});

/** One gold quote, with the article it is in. */
export type GoldQuote = z.infer<typeof GoldQuote> & { readonly articleId: string };

/** One dev article: its id as the BBC corpus names it (`politics/262`) and its gold quotes. */
export interface DevArticle {
  readonly articleId: string;
  readonly title: string;
  readonly half: "tune" | "check";
  readonly quotes: readonly GoldQuote[];
}

/**
 * Reads the dev set, or null when it is absent. Articles are split into two halves by their
 * order of id (alternately), so neither half leans to one category: "tune" is what the
 * attribution rules were adjusted against, "check" is only reported.
 */
export function readQuotesDev(file = QUOTES_DEV_FILE): DevArticle[] | null {
  if (!existsSync(file)) return null;
  const raw = z.array(GoldArticle).parse(JSON.parse(readFileSync(file, "utf8")));
  return raw
    .map((a) => ({ ...a, articleId: a.file.replace(/\.txt$/u, "") }))
    .sort((a, b) => a.articleId.localeCompare(b.articleId))
    .map((a, i) => ({
      articleId: a.articleId,
      title: a.title,
      half: i % 2 === 0 ? ("tune" as const) : ("check" as const),
      quotes: a.quotes.map((q) => ({ ...q, articleId: a.articleId })),
    }));
}
