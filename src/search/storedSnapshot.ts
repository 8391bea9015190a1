import type { LoadedCorpus } from "../corpus/load.js";
import type { NearDuplicate } from "../corpus/nearDuplicates.js";
import type { Article } from "../corpus/types.js";
import type { CompactIndex } from "./compactIndex.js";
import type { TermStatsJson } from "./termStats.js";

/**
 * The version of the main snapshot file's layout. Raise it whenever what is stored changes: a
 * file of another version is not read (its key would differ anyway, since the key hashes this
 * code, but the number also tells the log line why).
 */
export const SNAPSHOT_FORMAT = 2;

/** An article as stored: sentences as offset pairs, since their text is their paragraph's. */
export type StoredArticle = Omit<Article, "paragraphs"> & {
  readonly paragraphs: ReadonlyArray<{
    readonly number: number;
    readonly text: string;
    readonly sentences: ReadonlyArray<readonly [number, number]>;
  }>;
};

/** The main snapshot file as stored. */
export interface StoredSnapshot {
  readonly format: number;
  readonly key: string;
  /** Checksum of the extras file, checked when it is read. */
  readonly extrasChecksum: string;
  readonly corpus: Omit<LoadedCorpus, "articles"> & {
    readonly articles: readonly StoredArticle[];
    readonly duplicates?: readonly NearDuplicate[];
  };
  /** Each passage's sentence terms, in corpus order (sentences by newline, terms by space). */
  readonly passageTerms: readonly string[];
  readonly index: CompactIndex;
  readonly stats: TermStatsJson;
}

/** Why a stored snapshot was refused: the first place where it is not what this code reads. */
export class SnapshotShapeError extends Error {}

type Json = Record<string, unknown>;

function fail(at: string, expected: string): never {
  throw new SnapshotShapeError(`${at}: expected ${expected}`);
}
function object(value: unknown, at: string): Json {
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(at, "an object");
  return value as Json;
}
function array(value: unknown, at: string): readonly unknown[] {
  if (!Array.isArray(value)) fail(at, "an array");
  return value;
}
function text(value: unknown, at: string): string {
  if (typeof value !== "string") fail(at, "a string");
  return value;
}
function nullableText(value: unknown, at: string): void {
  if (value !== null && typeof value !== "string") fail(at, "a string or null");
}
function count(value: unknown, at: string): number {
  if (!Number.isInteger(value) || (value as number) < 0) fail(at, "a whole number ≥ 0");
  return value as number;
}
function isCount(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 0;
}
/** An array of `[string, count, …]` tuples of `width` members (term statistics). */
function countedTerms(value: unknown, at: string, width: number): void {
  const entries = array(value, at);
  for (let i = 0; i < entries.length; i++) {
    const entry: unknown = entries[i];
    if (!Array.isArray(entry) || entry.length !== width || typeof entry[0] !== "string")
      fail(`${at}.${i}`, `[term, ${width - 1} counts]`);
    for (let j = 1; j < width; j++)
      if (!isCount(entry[j])) fail(`${at}.${i}.${j}`, "a whole number ≥ 0");
  }
}

/**
 * Checks, without copying it, that deserialized data has the layout of {@link StoredSnapshot} in
 * every part the loaders read: each article's fields, each paragraph's sentence offsets (within
 * its text), the passage terms, MiniSearch's fields and each of its term entries, and each
 * term statistic. A snapshot is only read when its bytes match the checksum in its name, so
 * this guards against files written by other code or edited with care, not against damage;
 * a full zod parse did the same but copied the whole 14 MB structure (a third of the start-up
 * at BBC size, most of it in the garbage collector).
 * Throws a {@link SnapshotShapeError} naming the first place that is wrong.
 */
export function checkStoredSnapshot(json: unknown): asserts json is StoredSnapshot {
  const top = object(json, "(top)");
  if (top["format"] !== SNAPSHOT_FORMAT)
    fail("format", `format ${SNAPSHOT_FORMAT}, not ${JSON.stringify(top["format"]) ?? "none"}`);
  text(top["key"], "key");
  text(top["extrasChecksum"], "extrasChecksum");
  checkCorpus(object(top["corpus"], "corpus"));
  const passageTerms = array(top["passageTerms"], "passageTerms");
  for (let i = 0; i < passageTerms.length; i++)
    if (typeof passageTerms[i] !== "string") fail(`passageTerms.${i}`, "a string");
  checkIndex(object(top["index"], "index"));
  const stats = object(top["stats"], "stats");
  for (const field of ["sentences", "passages", "passageTerms"])
    count(stats[field], `stats.${field}`);
  countedTerms(stats["terms"], "stats.terms", 2);
  countedTerms(stats["families"], "stats.families", 2);
  countedTerms(stats["capitalized"], "stats.capitalized", 3);
}

function checkCorpus(corpus: Json): void {
  const articles = array(corpus["articles"], "corpus.articles");
  // A place's name is only spelled out when it is wrong: spelling out every paragraph's and
  // sentence's made this check cost as much as parsing the file.
  for (let i = 0; i < articles.length; i++) {
    const at = `corpus.articles.${i}`;
    const article = object(articles[i], at);
    for (const field of ["id", "path", "title"]) text(article[field], `${at}.${field}`);
    for (const field of ["published", "source", "url"])
      nullableText(article[field], `${at}.${field}`);
    const paragraphs = array(article["paragraphs"], `${at}.paragraphs`);
    for (let j = 0; j < paragraphs.length; j++) {
      const paragraph = paragraphs[j] as Json;
      const where = (rest: string): string => `${at}.paragraphs.${j}${rest}`;
      if (typeof paragraph !== "object" || paragraph === null || Array.isArray(paragraph))
        fail(where(""), "an object");
      if (!isCount(paragraph["number"])) fail(where(".number"), "a whole number ≥ 0");
      const body = paragraph["text"];
      if (typeof body !== "string") fail(where(".text"), "a string");
      const sentences = paragraph["sentences"];
      if (!Array.isArray(sentences)) fail(where(".sentences"), "an array");
      for (let k = 0; k < sentences.length; k++) {
        const s: unknown = sentences[k];
        const ok =
          Array.isArray(s) &&
          s.length === 2 &&
          Number.isInteger(s[0]) &&
          Number.isInteger(s[1]) &&
          0 <= s[0] &&
          s[0] <= s[1] &&
          s[1] <= body.length;
        if (!ok) fail(where(`.sentences.${k}`), "[start, end] within the paragraph");
      }
    }
  }
  array(corpus["cleaning"], "corpus.cleaning").forEach((c, i) =>
    text(object(c, `corpus.cleaning.${i}`)["articleId"], `corpus.cleaning.${i}.articleId`),
  );
  for (const field of ["problems", "warnings"])
    array(corpus[field], `corpus.${field}`).forEach((value, i) => {
      const problem = object(value, `corpus.${field}.${i}`);
      text(problem["path"], `corpus.${field}.${i}.path`);
      text(problem["reason"], `corpus.${field}.${i}.reason`);
    });
  if (corpus["duplicates"] !== undefined)
    array(corpus["duplicates"], "corpus.duplicates").forEach((value, i) => {
      const copy = object(value, `corpus.duplicates.${i}`);
      for (const field of ["id", "path", "keptId", "keptPath", "why"])
        text(copy[field], `corpus.duplicates.${i}.${field}`);
      for (const field of ["similarity", "containment"])
        if (typeof copy[field] !== "number") fail(`corpus.duplicates.${i}.${field}`, "a number");
    });
}

/** The compact index: the fields MiniSearch's loader reads, and every term entry's shape. */
function checkIndex(compact: Json): void {
  const base = object(compact["base"], "index.base");
  for (const field of ["documentCount", "nextId", "serializationVersion"])
    count(base[field], `index.base.${field}`);
  for (const field of ["documentIds", "fieldIds", "fieldLength", "storedFields"])
    object(base[field], `index.base.${field}`);
  array(base["averageFieldLength"], "index.base.averageFieldLength");
  if (array(base["index"], "index.base.index").length > 0) fail("index.base.index", "[]");
  array(compact["terms"], "index.terms").forEach((entry, i) => {
    const ok =
      Array.isArray(entry) &&
      entry.length === 2 &&
      typeof entry[0] === "string" &&
      typeof entry[1] === "string";
    if (!ok) fail(`index.terms.${i}`, "[term, postings]");
  });
}
