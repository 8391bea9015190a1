import { assembleKnowledge } from "./assembleKnowledge.js";
import { parseCorpusFiles, type ReadCorpusOptions } from "../corpus/load.js";
import { withoutCopies, type KeptCorpus } from "../corpus/nearDuplicates.js";
import { DEFAULT_MAX_ARTICLE_BYTES } from "../corpus/readArticleFile.js";
import { readUnread, scanCorpus, type CorpusScanned } from "../corpus/scanCorpus.js";
import type { Article } from "../corpus/types.js";
import { NO_PROGRESS, type IndexingProgress } from "./indexingProgress.js";
import type { Knowledge } from "./knowledge.js";
import { knowledgeFromSnapshot, snapshotOf } from "./knowledgeSnapshot.js";
import { digestsOf, keepStampsIn, scanForSnapshot, type SnapshotScan } from "./scanForSnapshot.js";
import { PassageIndex } from "../search/passageIndex.js";
import { readSnapshot, snapshotExists, snapshotKey, writeSnapshot } from "../search/snapshot.js";
import { TermStats } from "../search/termStats.js";

/** Where and whether to keep a snapshot of the built knowledge. */
export interface BuildOptions {
  /** Folder for the persisted snapshot; null or absent: build in memory only. */
  readonly cacheDir?: string | null;
  /** Rebuild even when a valid snapshot exists (and replace it). */
  readonly rebuild?: boolean;
  /** Corpus files larger than this are skipped with a reason (default: 1 MB). */
  readonly maxFileBytes?: number;
  /**
   * Told when a snapshot cannot be used (wrong checksum or shape) and is rebuilt, including
   * when its extras file is first read, after start-up.
   */
  readonly warn?: (message: string) => void;
  /** Hears how a build goes (a snapshot loads without one). */
  readonly progress?: IndexingProgress;
}

/** How the knowledge was obtained, for logs and the `index` command. */
export interface BuildInfo {
  readonly source: "snapshot" | "built";
  readonly snapshot: { readonly file: string; readonly bytes: number } | null;
  /** Why no snapshot could be written, when that happened. */
  readonly warning: string | null;
  /**
   * The corpus files as scanned for it (stamps, digests and read times; texts only of the files
   * read) and the folder's listing: the store that follows the folder starts from them, without
   * listing it again.
   */
  readonly scan: CorpusScanned;
}

/**
 * Reads the corpus folder and builds everything the commands need from it. With a cache
 * folder, a snapshot keyed by the corpus content and the indexing code is loaded when valid,
 * and written after a build otherwise. Only files whose stamp changed since the stamps kept
 * beside the snapshot are read to work out the key (see `corpusStamps`).
 */
export async function buildKnowledge(
  directory: string,
  options: BuildOptions = {},
): Promise<Knowledge & { build: BuildInfo }> {
  const cacheDir = options.cacheDir ?? null;
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const onProblem = (reason: string): void => options.warn?.(`INDEX_CACHE_DIR: ${reason}`);
  let found: SnapshotScan | undefined;
  if (cacheDir && !options.rebuild) {
    found = await scanForSnapshot(directory, cacheDir, maxBytes);
    const snapshot = await readSnapshot(cacheDir, found.key, onProblem);
    if (snapshot) {
      try {
        const knowledge = knowledgeFromSnapshot(snapshot, directory);
        await found.keepStamps();
        const build: BuildInfo = {
          source: "snapshot",
          snapshot: null,
          warning: null,
          scan: found.scan,
        };
        return { ...knowledge, build };
      } catch (error) {
        // The shape was right but a loader still refused it: rebuild rather than stop.
        onProblem(`snapshot could not be loaded (${String(error)}); rebuilding it`);
      }
    }
  }
  return buildAndKeep(directory, cacheDir, maxBytes, options.progress, found);
}

/**
 * For the shard manager's snapshot step: reads the corpus once and, unless a snapshot for it as
 * it is now already exists (then: null, without reading it), builds the knowledge and writes
 * its snapshot.
 */
export async function prepareSnapshot(
  directory: string,
  cacheDir: string,
  options: ReadCorpusOptions = {},
  progress: IndexingProgress = NO_PROGRESS,
): Promise<(Knowledge & { build: BuildInfo }) | null> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const found = await scanForSnapshot(directory, cacheDir, maxBytes);
  if (await snapshotExists(cacheDir, found.key)) {
    await found.keepStamps();
    return null;
  }
  return buildAndKeep(directory, cacheDir, maxBytes, progress, found);
}

/**
 * Builds the knowledge from every corpus file; with a cache folder, writes its snapshot, keyed
 * by exactly the texts it was built from, and their stamps. `found`, the scan made for the
 * snapshot's key, is carried through: the folder is not listed again, only the files it knew by
 * their kept stamp alone are read, and its key is used as it is when they held what their
 * stamps said. Without it the folder is listed and every file read.
 */
async function buildAndKeep(
  directory: string,
  cacheDir: string | null,
  maxBytes: number,
  progress: IndexingProgress = NO_PROGRESS,
  found?: SnapshotScan,
): Promise<Knowledge & { build: BuildInfo }> {
  let scan: Required<CorpusScanned>;
  let key: string | null = null;
  if (found) {
    const read = await readUnread(found.scan, maxBytes);
    scan = read.scan;
    if (read.same) key = found.key;
  } else {
    const { files, listing } = await scanCorpus(directory, new Map(), maxBytes);
    scan = { files, listing };
  }
  const { files } = scan;
  const texts = [...files.values()].flatMap((scanned) => scanned.file ?? []);
  const corpus = withoutCopies(parseCorpusFiles(texts));
  const knowledge = assembleKnowledge(
    corpus,
    directory,
    (passages) => {
      progress.start("passages", passages.length);
      const index = PassageIndex.build(passages, (done) => progress.update(done));
      progress.stop();
      return { index, stats: TermStats.fromPassages(passages) };
    },
    undefined,
    progress,
  );
  let written: BuildInfo["snapshot"] = null;
  let warning: string | null = null;
  if (cacheDir) {
    try {
      key ??= await snapshotKey(digestsOf(files));
      const { snapshot, extras } = snapshotOf(knowledge, key);
      written = await writeSnapshot(cacheDir, snapshot, extras);
      await keepStampsIn(cacheDir, directory, files);
    } catch (error) {
      // The snapshot only saves time: without it the bot still answers, from memory.
      const code =
        (error as NodeJS.ErrnoException).code ??
        (error instanceof Error ? error.message : String(error));
      warning = `INDEX_CACHE_DIR: cannot write the index snapshot to ${cacheDir} (${code}); running from memory`;
    }
  }
  return {
    ...knowledge,
    build: { source: "built", snapshot: written, warning, scan },
  };
}

/** Builds knowledge from articles already loaded (tests and benchmarks use this directly). */
export function knowledgeFromArticles(
  articles: readonly Article[],
  report: Omit<Knowledge["report"], "articles" | "passages" | "duplicates">,
): Knowledge {
  const corpus: KeptCorpus = {
    articles: [...articles],
    cleaning: [...report.cleaning],
    problems: [...report.problems],
    warnings: [...report.warnings],
  };
  return assembleKnowledge(corpus, report.directory, (passages) => ({
    index: PassageIndex.build(passages),
    stats: TermStats.fromPassages(passages),
  }));
}
