import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { access, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AsPlainObject } from "minisearch";
import type { CorpusFile, LoadedCorpus } from "../corpus/load.js";
import type { Article } from "../corpus/types.js";
import type { SpeakerEntry } from "../quotes/directoryTypes.js";
import type { TimelineEntry } from "../timeline/types.js";
import type { TermStatsJson } from "./termStats.js";

/** What a snapshot holds: the cleaned corpus, the index and the term statistics. */
export interface Snapshot {
  readonly key: string;
  readonly corpus: LoadedCorpus;
  /** Each passage's sentence terms, in corpus order (sentences by newline, terms by space). */
  readonly passageTerms: readonly string[];
  readonly index: AsPlainObject;
  readonly stats: TermStatsJson;
}

/**
 * What a snapshot keeps beside the index, in a file of its own: read only when first needed,
 * so starting from a snapshot parses just what answering `/ask` needs.
 */
export interface SnapshotExtras {
  /** The merged events of every article (see `src/timeline`). */
  readonly timeline: readonly TimelineEntry[];
  /** The speaker directory's entries (see `src/quotes`). */
  readonly speakers: readonly SpeakerEntry[];
}

/** A snapshot as read back: the extras come on request (null when their file is unreadable). */
export interface LoadedSnapshot extends Snapshot {
  readonly extras: () => SnapshotExtras | null;
}

/** The source folders whose code decides what a snapshot contains. */
const CODE_DIRS = ["../corpus", "../text", "../search", "../timeline", "../quotes", ".."].map((d) =>
  fileURLToPath(new URL(d, import.meta.url)),
);
/** Libraries whose version changes what is extracted or how words are stemmed. */
const LIBRARIES = ["stemmer", "chrono-node", "minisearch"];
const PREFIX = "newsdesk-";

/**
 * The key of a snapshot: a hash of every corpus file (path and text), of the code that cleans,
 * splits, indexes and extracts from them, and of the versions of the libraries it relies on.
 * Any change gives a new key, so a stale snapshot is never loaded, whatever was edited.
 */
export async function snapshotKey(files: readonly CorpusFile[]): Promise<string> {
  const hash = createHash("sha256");
  for (const dir of CODE_DIRS) {
    for (const name of (await readdir(dir)).sort()) {
      if (name.endsWith(".ts") || name.endsWith(".js"))
        hash.update(name).update(await readFile(path.join(dir, name)));
    }
  }
  for (const name of LIBRARIES) hash.update(`${name}@${await versionOf(name)}`);
  for (const file of files)
    hash.update(`\0${file.path}\0`).update("text" in file ? file.text : `!${file.error}`);
  return hash.digest("hex").slice(0, 32);
}

/** The installed version of a package (its manifest is not always exported, so read the file). */
async function versionOf(name: string): Promise<string> {
  const manifest = fileURLToPath(
    new URL(`../../node_modules/${name}/package.json`, import.meta.url),
  );
  try {
    return (JSON.parse(await readFile(manifest, "utf8")) as { version?: string }).version ?? "?";
  } catch {
    return "?";
  }
}

/** Whether a snapshot is stored under `key` in `dir` (without reading it). */
export async function snapshotExists(dir: string, key: string): Promise<boolean> {
  try {
    await access(path.join(dir, `${PREFIX}${key}.json`));
    return true;
  } catch {
    return false;
  }
}

/** The snapshot stored under `key` in `dir`, or null when there is none or it is unreadable. */
export async function readSnapshot(dir: string, key: string): Promise<LoadedSnapshot | null> {
  const extras = (): SnapshotExtras | null => {
    try {
      return JSON.parse(
        readFileSync(path.join(dir, `${PREFIX}${key}.extras.json`), "utf8"),
      ) as SnapshotExtras;
    } catch {
      return null;
    }
  };
  try {
    const json = JSON.parse(
      await readFile(path.join(dir, `${PREFIX}${key}.json`), "utf8"),
    ) as Stored;
    if (
      json.key !== key ||
      !Array.isArray(json.corpus?.articles) ||
      !Array.isArray(json.passageTerms)
    )
      return null;
    return {
      ...json,
      corpus: { ...json.corpus, articles: json.corpus.articles.map(expandArticle) },
      extras,
    };
  } catch {
    return null;
  }
}

/** A snapshot as stored: sentences as offset pairs, since their text is their paragraph's. */
type StoredArticle = Omit<Article, "paragraphs"> & {
  readonly paragraphs: ReadonlyArray<{
    readonly number: number;
    readonly text: string;
    readonly sentences: ReadonlyArray<readonly [number, number]>;
  }>;
};
type Stored = Omit<Snapshot, "corpus"> & {
  readonly corpus: Omit<LoadedCorpus, "articles"> & { readonly articles: StoredArticle[] };
};

function compactArticle(article: Article): StoredArticle {
  return {
    ...article,
    paragraphs: article.paragraphs.map((p) => ({
      number: p.number,
      text: p.text,
      sentences: p.sentences.map((s) => [s.start, s.end] as const),
    })),
  };
}

function expandArticle(article: StoredArticle): Article {
  return {
    ...article,
    paragraphs: article.paragraphs.map((p) => ({
      number: p.number,
      text: p.text,
      sentences: p.sentences.map(([start, end]) => ({
        text: p.text.slice(start, end),
        start,
        end,
      })),
    })),
  };
}

/**
 * Writes a snapshot atomically (a temporary file renamed into place) and removes older
 * snapshots from `dir`. Returns the file's path and size in bytes.
 */
export async function writeSnapshot(
  dir: string,
  snapshot: Snapshot,
  extras: SnapshotExtras,
): Promise<{ file: string; bytes: number }> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${PREFIX}${snapshot.key}.json`);
  const extrasFile = path.join(dir, `${PREFIX}${snapshot.key}.extras.json`);
  // The extras land first: a snapshot whose main file exists always has them beside it.
  await writeFile(`${extrasFile}.${process.pid}.tmp`, JSON.stringify(extras));
  await rename(`${extrasFile}.${process.pid}.tmp`, extrasFile);
  const temporary = `${file}.${process.pid}.tmp`;
  const stored: Stored = {
    ...snapshot,
    corpus: { ...snapshot.corpus, articles: snapshot.corpus.articles.map(compactArticle) },
  };
  const text = JSON.stringify(stored);
  await writeFile(temporary, text);
  await rename(temporary, file);
  for (const name of await readdir(dir)) {
    const current = name === path.basename(file) || name === path.basename(extrasFile);
    if (name.startsWith(PREFIX) && !current && !name.endsWith(".tmp")) {
      await rm(path.join(dir, name), { force: true });
    }
  }
  return { file, bytes: Buffer.byteLength(text) };
}
