import { parse as parseYaml } from "yaml";
import { z } from "zod";
import type { ArticleMeta } from "./types.js";

const isoDate = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value.trim()))
  .refine((value) => isRealIsoDate(value), { message: "must be a date written YYYY-MM-DD" });

/** The metadata an article's front matter may carry. Unknown keys are reported, not fatal. */
export const frontMatterSchema = z.object({
  title: z.string().trim().min(1, "must not be empty"),
  published: isoDate.optional(),
  source: z.string().trim().min(1).optional(),
  url: z.url({ protocol: /^https?$/u }).optional(),
});

const KNOWN_KEYS = new Set(Object.keys(frontMatterSchema.shape));

/** What reading a file's text gave: its metadata, body and any warnings. */
export interface ParsedFile {
  readonly meta: ArticleMeta;
  readonly body: string;
  readonly warnings: readonly string[];
}

/**
 * Reads a Markdown article with a YAML front matter block, or a plain text article whose first
 * non-empty line is its title. Throws an Error whose message says what is wrong.
 */
export function parseArticleFile(text: string, kind: "markdown" | "text"): ParsedFile {
  const source = text.replace(/^\uFEFF/u, "").replace(/\r\n?/gu, "\n");
  const block = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/u.exec(source);
  if (!block) {
    if (kind === "markdown" && source.startsWith("---")) {
      throw new Error("front matter starts with --- but has no closing --- line");
    }
    return plainText(source);
  }
  let data: unknown;
  try {
    data = parseYaml(block[1] ?? "");
  } catch (error) {
    throw new Error(`front matter is not valid YAML: ${firstLine(error)}`, { cause: error });
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new Error("front matter must be a mapping of keys to values");
  }
  const checked = frontMatterSchema.safeParse(data);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const key = issue?.path.join(".") || "front matter";
    throw new Error(`front matter: ${key} ${issue?.message ?? "is invalid"}`);
  }
  const warnings = Object.keys(data)
    .filter((key) => !KNOWN_KEYS.has(key))
    .map((key) => `unknown front matter key "${key}" ignored`);
  const { title, published, source: publisher, url } = checked.data;
  return {
    meta: { title, published: published ?? null, source: publisher ?? null, url: url ?? null },
    body: source.slice(block[0].length),
    warnings,
  };
}

function plainText(source: string): ParsedFile {
  const lines = source.split("\n");
  const at = lines.findIndex((line) => line.trim().length > 0);
  if (at < 0) throw new Error("file is empty");
  const title = lines[at]!.trim();
  return {
    meta: { title, published: null, source: null, url: null },
    body: lines.slice(at + 1).join("\n"),
    warnings: [],
  };
}

function isRealIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}
