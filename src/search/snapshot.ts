import { createHash } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { z } from "zod";
import type { LoadedCorpus } from "../corpus/load.js";
import type { Article } from "../corpus/types.js";
import { PROJECT_ROOT } from "../projectRoot.js";
import type { SpeakerEntry } from "../quotes/directoryTypes.js";
import type { TimelineEntry } from "../timeline/types.js";
import { snapshotExtrasSchema } from "./snapshotSchema.js";
import {
  SNAPSHOT_FORMAT,
  SnapshotShapeError,
  checkStoredSnapshot,
  type StoredArticle,
  type StoredSnapshot,
} from "./storedSnapshot.js";
import type { CompactIndex } from "./compactIndex.js";
import type { TermStatsJson } from "./termStats.js";

/** What a snapshot holds: the cleaned corpus, the index and the term statistics. */
export interface Snapshot {
  readonly key: string;
  readonly corpus: LoadedCorpus;
  /** Each passage's sentence terms, in corpus order (sentences by newline, terms by space). */
  readonly passageTerms: readonly string[];
  readonly index: CompactIndex;
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

/**
 * The source folders whose code decides what a snapshot contains: the TypeScript sources, also
 * when the compiled build runs (it is built from them before it starts), so both keep one key.
 */
const CODE_DIRS = ["corpus", "text", "search", "timeline", "quotes", "knowledge", ""].map((d) =>
  path.join(PROJECT_ROOT, "src", d),
);
/** Libraries whose version changes what is extracted or how words are stemmed. */
const LIBRARIES = ["stemmer", "chrono-node", "minisearch", "entities"];
const PREFIX = "newsdesk-";

/**
 * The key of a snapshot: a hash of every corpus file (path and the digest of its text, see
 * `scanCorpus`), of the code that cleans, splits, indexes and extracts from them, and of the
 * versions of the libraries it relies on. Any change gives a new key, so a stale snapshot is
 * never loaded, whatever was edited.
 */
export async function snapshotKey(
  files: Iterable<{ readonly path: string; readonly digest: string }>,
): Promise<string> {
  const hash = createHash("sha256");
  for (const dir of CODE_DIRS) {
    for (const name of (await readdir(dir)).sort()) {
      if (name.endsWith(".ts") || name.endsWith(".js"))
        hash.update(name).update(await readFile(path.join(dir, name)));
    }
  }
  for (const name of LIBRARIES) hash.update(`${name}@${await versionOf(name)}`);
  // The main file is in V8's serialization format, which a newer V8 may write differently.
  hash.update(`v8@${process.versions.v8}`);
  for (const file of files) hash.update(`\0${file.path}\0${file.digest}`);
  return hash.digest("hex").slice(0, 32);
}

/** The installed version of a package (its manifest is not always exported, so read the file). */
async function versionOf(name: string): Promise<string> {
  const manifest = path.join(PROJECT_ROOT, "node_modules", name, "package.json");
  try {
    return (JSON.parse(await readFile(manifest, "utf8")) as { version?: string }).version ?? "?";
  } catch {
    return "?";
  }
}

/** Checksum of a snapshot file's bytes: part of its name, so an edited file is never loaded. */
function checksumOf(bytes: string | Buffer): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 16);
}

/** The main file stored under `key` in `dir` (`newsdesk-<key>.<checksum>.v8`), if any. */
async function mainFileFor(dir: string, key: string): Promise<string | undefined> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return undefined;
  }
  return names.find((name) => MAIN_FILE.exec(name)?.[1] === key);
}
const MAIN_FILE = new RegExp(`^${PREFIX}([0-9a-f]+)\\.([0-9a-f]+)\\.v8$`, "u");

/** Whether a snapshot is stored under `key` in `dir` (without reading it). */
export async function snapshotExists(dir: string, key: string): Promise<boolean> {
  return (await mainFileFor(dir, key)) !== undefined;
}

/**
 * The snapshot stored under `key` in `dir`, or null when there is none or it cannot be used.
 * A file is used only when its bytes match the checksum in its name and its content has the
 * snapshot's format and shape ({@link checkStoredSnapshot}); the extras file likewise (its
 * checksum and a zod schema), when first read.
 * A file that fails is removed and `onProblem` told why, so the next start does not meet it
 * again (the caller rebuilds and writes a fresh one).
 */
export async function readSnapshot(
  dir: string,
  key: string,
  onProblem: (reason: string) => void = () => {},
): Promise<LoadedSnapshot | null> {
  const name = await mainFileFor(dir, key);
  if (!name) return null;
  const file = path.join(dir, name);
  const reject = async (reason: string): Promise<null> => {
    onProblem(`snapshot ${name} ${reason}; rebuilding it from the corpus`);
    await rm(file, { force: true });
    return null;
  };
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return reject(`cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (checksumOf(bytes) !== MAIN_FILE.exec(name)?.[2])
    return reject("does not match its checksum (edited or damaged)");
  let json: unknown;
  try {
    json = deserialize(bytes);
  } catch {
    return reject("is not in V8's serialization format");
  }
  let stored: StoredSnapshot;
  try {
    checkStoredSnapshot(json);
    stored = json;
  } catch (error) {
    if (!(error instanceof SnapshotShapeError)) throw error;
    return reject(`has the wrong shape (${error.message})`);
  }
  if (stored.key !== key) return reject("holds another corpus's key");
  const extrasFile = path.join(dir, `${PREFIX}${key}.extras.v8`);
  const extras = (): SnapshotExtras | null => {
    const problem = (reason: string): null => {
      onProblem(`snapshot extras ${path.basename(extrasFile)} ${reason}; extracting again`);
      rmSync(extrasFile, { force: true });
      return null;
    };
    try {
      const data = readFileSync(extrasFile);
      if (checksumOf(data) !== stored.extrasChecksum)
        return problem("do not match their checksum (edited or damaged)");
      const parsed = snapshotExtrasSchema.safeParse(deserialize(data));
      if (!parsed.success) return problem(`have the wrong shape (${describeIssue(parsed.error)})`);
      return parsed.data as unknown as SnapshotExtras;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "not in V8's serialization format";
      return problem(`cannot be read (${code})`);
    }
  };
  return {
    ...stored,
    corpus: { ...stored.corpus, articles: stored.corpus.articles.map(expandArticle) },
    extras,
  };
}

/** The first issue of a failed check, as `path: message`, for the log line. */
function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join(".") || "(top)"}: ${issue.message}` : "invalid";
}

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
  const extrasData = serialize(extras);
  const extrasFile = path.join(dir, `${PREFIX}${snapshot.key}.extras.v8`);
  // The extras land first: a snapshot whose main file exists always has them beside it.
  await writeFile(`${extrasFile}.${process.pid}.tmp`, extrasData);
  await rename(`${extrasFile}.${process.pid}.tmp`, extrasFile);
  const stored: StoredSnapshot = {
    ...snapshot,
    format: SNAPSHOT_FORMAT,
    extrasChecksum: checksumOf(extrasData),
    corpus: { ...snapshot.corpus, articles: snapshot.corpus.articles.map(compactArticle) },
  };
  // V8's own format, not JSON: it reads back in half the time (no UTF-8 decoding of 13 MB, no
  // JSON grammar), and the data is plain (strings, numbers, arrays, objects) all the same.
  const data = serialize(stored);
  const file = path.join(dir, `${PREFIX}${snapshot.key}.${checksumOf(data)}.v8`);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, file);
  for (const name of await readdir(dir)) {
    const current = name === path.basename(file) || name === path.basename(extrasFile);
    // (The corpus's stamps file, `corpus-stamps.json`, lacks the prefix and stays.)
    if (name.startsWith(PREFIX) && !current && !name.endsWith(".tmp")) {
      await rm(path.join(dir, name), { force: true });
    }
  }
  return { file, bytes: data.length };
}
