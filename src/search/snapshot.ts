import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AsPlainObject } from "minisearch";
import type { CorpusFile, LoadedCorpus } from "../corpus/load.js";
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
  /** The merged events of every article (see `src/timeline`). */
  readonly timeline: readonly TimelineEntry[];
  /** The speaker directory's entries (see `src/quotes`). */
  readonly speakers: readonly SpeakerEntry[];
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
 * splits, indexes and extracts from them, and of the versions of the libraries it relies on. Any change to either gives a new key, so a stale snapshot
 * is never loaded, whatever was edited.
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

/** The snapshot stored under `key` in `dir`, or null when there is none or it is unreadable. */
export async function readSnapshot(dir: string, key: string): Promise<Snapshot | null> {
  try {
    const json = JSON.parse(
      await readFile(path.join(dir, `${PREFIX}${key}.json`), "utf8"),
    ) as Snapshot;
    return json.key === key ? json : null;
  } catch {
    return null;
  }
}

/**
 * Writes a snapshot atomically (a temporary file renamed into place) and removes older
 * snapshots from `dir`. Returns the file's path and size in bytes.
 */
export async function writeSnapshot(
  dir: string,
  snapshot: Snapshot,
): Promise<{ file: string; bytes: number }> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${PREFIX}${snapshot.key}.json`);
  const temporary = `${file}.${process.pid}.tmp`;
  const text = JSON.stringify(snapshot);
  await writeFile(temporary, text);
  await rename(temporary, file);
  for (const name of await readdir(dir)) {
    if (name.startsWith(PREFIX) && name !== path.basename(file) && !name.endsWith(".tmp")) {
      await rm(path.join(dir, name), { force: true });
    }
  }
  return { file, bytes: Buffer.byteLength(text) };
}
