import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { cleanBody } from "../../src/corpus/clean.js";
import { loadCorpus } from "../../src/corpus/load.js";
import type { Article } from "../../src/corpus/types.js";
import { BBC_FILE, SEED_DIR } from "../lib/benchPaths.js";

/** The corpora speed and memory are measured on, smallest first. */
export const SCALES = ["seeds", "bbc", "bbc-x10"] as const;

/** One of {@link SCALES}. */
export type Scale = (typeof SCALES)[number];

interface BbcLine {
  readonly id: string;
  readonly title: string;
  readonly text: string;
}

/**
 * The articles of a scale, or null when its data is absent. BBC articles go through the
 * loader's real cleaning (`cleanBody`); BBC×10 holds each of them ten times under new ids.
 */
export async function scaleArticles(scale: Scale): Promise<Article[] | null> {
  if (scale === "seeds") {
    if (!existsSync(SEED_DIR)) return null;
    return (await loadCorpus(SEED_DIR)).articles;
  }
  if (!existsSync(BBC_FILE)) return null;
  const bbc = bbcArticles(BBC_FILE);
  if (scale === "bbc") return bbc;
  return Array.from({ length: 10 }, (_, copy) =>
    bbc.map((a) => ({ ...a, id: `${a.id}~${copy}`, path: `${a.id}~${copy}.txt` })),
  ).flat();
}

/** Reads the gzipped BBC News lines as cleaned articles. */
export function bbcArticles(file: string): Article[] {
  const lines = gunzipSync(readFileSync(file)).toString("utf8").split("\n");
  const articles: Article[] = [];
  for (const line of lines) {
    if (line.trim().length === 0) continue;
    const { id, title, text } = JSON.parse(line) as BbcLine;
    const { paragraphs } = cleanBody(text, title);
    if (paragraphs.length === 0) continue;
    articles.push({
      id,
      path: `${id}.txt`,
      title,
      published: null,
      source: "BBC News",
      url: null,
      paragraphs,
    });
  }
  return articles;
}
