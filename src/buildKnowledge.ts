import { parseCorpusFiles, type ReadCorpusOptions } from "./corpus/load.js";
import { DEFAULT_MAX_ARTICLE_BYTES } from "./corpus/readArticleFile.js";
import { scanCorpus, type CorpusScanned } from "./corpus/scanCorpus.js";
import { digestsOf, keepStampsIn, scanForSnapshot } from "./scanForSnapshot.js";
import { splitPassages } from "./corpus/passages.js";
import type { Article, Passage } from "./corpus/types.js";
import type { Knowledge } from "./knowledge.js";
import { knowledgeOf } from "./knowledgeOf.js";
import { NO_PROGRESS, type IndexingProgress, type IndexingStage } from "./indexingProgress.js";
import { withoutCopies, type KeptCorpus } from "./corpus/nearDuplicates.js";
import { PassageIndex } from "./search/passageIndex.js";
import {
  readSnapshot,
  snapshotExists,
  snapshotKey,
  writeSnapshot,
  type LoadedSnapshot,
  type Snapshot,
  type SnapshotExtras,
} from "./search/snapshot.js";
import { TermStats } from "./search/termStats.js";
import { articleSpeakers, type ArticleSpeakers } from "./quotes/articleSpeakers.js";
import { directoryOfArticles } from "./quotes/buildSpeakerDirectory.js";
import type { SpeakerDirectory, SpeakerEntry } from "./quotes/directoryTypes.js";
import { extractEvents } from "./timeline/extractEvents.js";
import { mergeEvents } from "./timeline/mergeEvents.js";

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
   * read): the store that follows the folder starts from them.
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
  if (cacheDir && !options.rebuild) {
    const found = await scanForSnapshot(directory, cacheDir, maxBytes);
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
  return buildAndKeep(directory, cacheDir, maxBytes, options.progress);
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
  return buildAndKeep(directory, cacheDir, maxBytes, progress);
}

/**
 * Reads every corpus file and builds the knowledge from them; with a cache folder, writes its
 * snapshot, keyed by exactly the texts it was built from, and their stamps.
 */
async function buildAndKeep(
  directory: string,
  cacheDir: string | null,
  maxBytes: number,
  progress: IndexingProgress = NO_PROGRESS,
): Promise<Knowledge & { build: BuildInfo }> {
  const { files } = await scanCorpus(directory, new Map(), maxBytes);
  const texts = [...files.values()].flatMap((scanned) => scanned.file ?? []);
  const corpus = withoutCopies(parseCorpusFiles(texts));
  const knowledge = assemble(
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
      const key = await snapshotKey(digestsOf(files));
      const { snapshot, extras } = snapshotOf(knowledge, corpus, key);
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
    build: { source: "built", snapshot: written, warning, scan: { files } },
  };
}

/**
 * What a snapshot of `knowledge` holds, under `key`: the corpus, each passage's terms, the index
 * and the statistics; and, in its second file, the extracted events and speakers.
 */
export function snapshotOf(
  knowledge: Knowledge,
  corpus: KeptCorpus,
  key: string,
): { snapshot: Snapshot; extras: SnapshotExtras } {
  return {
    snapshot: {
      key,
      corpus,
      passageTerms: encodePassageTerms(knowledge.passages),
      index: knowledge.index.toJSON(),
      stats: knowledge.stats.toJSON(),
    },
    extras: { timeline: knowledge.timeline(), speakers: knowledge.speakers().entries },
  };
}

/**
 * Knowledge from a snapshot: the index and statistics loaded, the passages rebuilt from the
 * cleaned articles with the terms the snapshot kept (so nothing is tokenised again).
 */
export function knowledgeFromSnapshot(snapshot: LoadedSnapshot, directory: string): Knowledge {
  const known = snapshot.passageTerms;
  return assemble(
    snapshot.corpus,
    directory,
    (passages) => {
      // The corpus, the kept terms and the index were stored together: if they disagree, the
      // file is not what this code wrote, and the caller rebuilds.
      if (passages.length !== known.length || passages.length !== snapshot.index.base.documentCount)
        throw new Error(
          `${passages.length} passages, ${known.length} kept terms, ${snapshot.index.base.documentCount} indexed`,
        );
      return {
        index: PassageIndex.load(snapshot.index, passages),
        stats: TermStats.fromJSON(snapshot.stats),
        extras: snapshot.extras,
      };
    },
    (order) => {
      const encoded = known[order];
      return encoded === undefined ? undefined : () => decodeTerms(encoded);
    },
  );
}

/** Each passage's sentence terms, as one string: sentences by newline, terms by space. */
function encodePassageTerms(passages: readonly Passage[]): string[] {
  return passages.map((p) => p.sentenceTerms.map((sentence) => sentence.join(" ")).join("\n"));
}

function decodeTerms(encoded: string): string[][] {
  return encoded.split("\n").map((sentence) => (sentence === "" ? [] : sentence.split(" ")));
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
  return assemble(corpus, report.directory, (passages) => ({
    index: PassageIndex.build(passages),
    stats: TermStats.fromPassages(passages),
  }));
}

type Searchers = (passages: readonly Passage[]) => Pick<Knowledge, "index" | "stats"> & {
  /** Extracted events and speakers kept by a snapshot, read on first use. */
  readonly extras?: () => SnapshotExtras | null;
};

/** What `extract` finds in every article, one after the other, `progress` following. */
function eachArticle<T>(
  articles: readonly Article[],
  stage: IndexingStage,
  extract: (article: Article) => T[],
  progress: IndexingProgress,
): T[] {
  progress.start(stage, articles.length);
  const found = articles.flatMap((article, i) => {
    const items = extract(article);
    progress.update(i + 1);
    return items;
  });
  progress.stop();
  return found;
}

/** A speaker directory from its entries. */
function directoryOf(entries: readonly SpeakerEntry[]): SpeakerDirectory {
  return { entries, byId: new Map(entries.map((e) => [e.id, e])) };
}

function assemble(
  corpus: KeptCorpus,
  directory: string,
  searchers: Searchers,
  knownTerms?: (order: number) => (() => string[][]) | undefined,
  progress: IndexingProgress = NO_PROGRESS,
): Knowledge {
  const passages: Passage[] = [];
  const { articles } = corpus;
  if (!knownTerms) progress.start("articles", articles.length);
  articles.forEach((article, i) => {
    passages.push(...splitPassages(article, passages.length, knownTerms));
    progress.update(i + 1);
  });
  progress.stop();
  const { extras, ...search } = searchers(passages);
  // A snapshot's events and speakers are read (once) when either is first wanted.
  let kept: SnapshotExtras | null = null;
  let read = extras === undefined;
  const readKept = (): SnapshotExtras | null => {
    if (!read) kept = extras?.() ?? null;
    read = true;
    return kept;
  };
  // Each article's quotes and names, once the directory has been extracted from them.
  let byArticle: ReadonlyMap<string, ArticleSpeakers> | undefined;
  return knowledgeOf({
    articles: corpus.articles,
    passages,
    ...search,
    timeline: () =>
      readKept()?.timeline ?? mergeEvents(eachArticle(articles, "events", extractEvents, progress)),
    speakers: () => {
      const found = readKept()?.speakers;
      if (found) return directoryOf(found);
      const perArticle = eachArticle(articles, "quotes", (a) => [articleSpeakers(a)], progress);
      byArticle = new Map(perArticle.map((f, i) => [articles[i]!.id, f]));
      return directoryOfArticles(perArticle);
    },
    speakersByArticle: () => byArticle,
    report: {
      directory,
      cleaning: corpus.cleaning,
      problems: corpus.problems,
      warnings: corpus.warnings,
      duplicates: corpus.duplicates ?? [],
      articles: corpus.articles.length,
      passages: passages.length,
    },
  });
}
