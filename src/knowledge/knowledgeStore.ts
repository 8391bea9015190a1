import { ArticleParts } from "./articleParts.js";
import type { NearDuplicate } from "../corpus/nearDuplicates.js";
import {
  readUnread,
  scanCorpus,
  type CorpusScanned,
  type ScannedFile,
} from "../corpus/scanCorpus.js";
import { StoryIndex } from "../corpus/storyIndex.js";
import type { CorpusProblem } from "../corpus/types.js";
import { filesOfKnowledge } from "./filesOfKnowledge.js";
import type { Knowledge } from "./knowledge.js";
import { nextKnowledge } from "./nextKnowledge.js";
import type { SpeakerIndex } from "../quotes/speakerIndex.js";
import { readFileEntry, type FileEntry } from "./readFileEntry.js";
import type { TimelineIndex } from "../timeline/timelineIndex.js";
import { warmUpIndexes } from "./warmUpIndexes.js";

/** What one reload changed, for its log line. Paths are relative to the corpus folder. */
export interface ReloadReport {
  /** New files now served. */
  readonly added: readonly string[];
  /** Files whose new version is now served. */
  readonly changed: readonly string[];
  /** Files gone whose article was served (a deleted file that was skipped is not one). */
  readonly removed: readonly string[];
  /**
   * Files of this reload that could not be loaded, new or changed (a file that was good stays
   * served in its last good version); they count neither as added nor as changed.
   */
  readonly skipped: readonly CorpusProblem[];
  /**
   * Copies this reload left out: added or changed files holding a story already served, and
   * served files whose story an added or changed file now holds in full.
   */
  readonly copies: readonly NearDuplicate[];
  readonly articles: number;
  readonly duplicates: number;
  /** From the start of the scan to the new knowledge being served. */
  readonly ms: number;
}

/**
 * Holds the knowledge of a corpus folder that changes while the bot runs. {@link reload} scans
 * the folder (`scanCorpus`), re-reads only changed files (`readFileEntry`), rebuilds only what
 * they touch (`nextKnowledge`: their passages, index entries, term counts, events and speaker
 * sightings, the timeline's dates and the speaker groups they carry) and swaps the new knowledge
 * in one synchronous step, so every interaction reads either the old corpus or the new one. A
 * file that turns bad keeps its last good version in service.
 */
export class KnowledgeStore {
  #current: Knowledge;
  #closed = false;
  readonly #directory: string;
  #files = new Map<string, FileEntry>();
  /** Each article version's passages, cleaning counts, events and sightings. */
  readonly #parts = new ArticleParts();
  /** Which article versions are copies of one story; kept across reloads. */
  readonly #stories = new StoryIndex();
  /**
   * The current knowledge's timeline and speakers, kept so a change redoes only what it
   * touches; undefined until {@link warmUp} has built them (a reload before then redoes all).
   */
  #timeline: TimelineIndex | undefined;
  #speakers: SpeakerIndex | undefined;

  readonly #maxBytes: number | undefined;
  /** The folders the last scan listed. */
  #folders: readonly string[] = [];

  private constructor(directory: string, knowledge: Knowledge, maxBytes: number | undefined) {
    this.#directory = directory;
    this.#current = knowledge;
    this.#maxBytes = maxBytes;
  }

  /** The knowledge being served now. */
  readonly current = (): Knowledge => this.#current;

  /**
   * A store over `knowledge`, as built from `directory` from the files `built` says (their
   * stamps, see `BuildInfo.scan`): each file's article is taken from the knowledge, and its
   * passages too. Only the files the knowledge left out as copies are read (when `built` has
   * not read them), to be served when their turn comes. When `built` carries its listing the
   * folder is not listed again; a file changed since `built` keeps the stamp it was built from,
   * and a file written since is not known yet, so the next {@link reload} picks either up.
   * Without `built`, or without its listing, the folder is listed and read afresh.
   * Files over `maxBytes` are skipped, as the loader skips them.
   */
  static async open(
    directory: string,
    knowledge: Knowledge,
    maxBytes?: number,
    built?: CorpusScanned,
  ): Promise<KnowledgeStore> {
    const store = new KnowledgeStore(directory, knowledge, maxBytes);
    const copies = new Set(knowledge.report.duplicates.map((d) => d.path));
    const listed = built?.listing
      ? { files: built.files, listing: built.listing }
      : await scanCorpus(directory, new Map(), maxBytes);
    const { scan } = await readUnread(listed, maxBytes, (path) => copies.has(path));
    store.#folders = scan.listing.folders;
    store.#files = filesOfKnowledge(knowledge, scan.files, store.#parts);
    return store;
  }

  /**
   * Works out, a slice at a time between other work, what a reload needs from every article
   * (its events, speaker sightings and near-duplicate signature) and the indexes of the
   * timeline and speakers, so that every reload after it redoes only what its change touches.
   * Resolves when done, or when a reload has swapped the knowledge meanwhile (that reload
   * starts another warm-up).
   */
  async warmUp(): Promise<void> {
    const knowledge = this.#current;
    const stale = (): boolean => this.#current !== knowledge || this.#closed;
    const built = await warmUpIndexes(knowledge, this.#parts, this.#stories, stale);
    // Checked again: a reload may have swapped the knowledge while the result was handed back.
    if (!built || stale()) return;
    this.#timeline = built.timeline;
    this.#speakers = built.speakers;
  }

  /** The corpus folder and the folders under it that the last scan listed (the watch follows them). */
  folders(): readonly string[] {
    return this.#folders;
  }

  /**
   * Each file's stamp and digest as last scanned, and when it was read: what the next start
   * needs to read only what changed (see `corpusStamps`).
   */
  stamps(): CorpusScanned {
    return { files: new Map([...this.#files].map(([p, e]) => [p, e.scanned])) };
  }

  /** Scans the folder against `previous`, keeping the folders it listed. */
  async #scan(previous: ReadonlyMap<string, ScannedFile>) {
    const scan = await scanCorpus(this.#directory, previous, this.#maxBytes);
    this.#folders = scan.listing.folders;
    return scan;
  }

  /** Stops a warm-up under way (it would keep a finished process alive). */
  close(): void {
    this.#closed = true;
  }

  /** Picks up what changed in the folder; null when nothing did. */
  async reload(): Promise<ReloadReport | null> {
    const started = performance.now();
    const previous = new Map([...this.#files].map(([path, entry]) => [path, entry.scanned]));
    const scan = await this.#scan(previous);
    if (scan.changed.length === 0 && scan.removed.length === 0) return null;
    // From here to the swap nothing awaits: no interaction runs between the two.
    const files = new Map(this.#files);
    const added: string[] = [];
    const changed: string[] = [];
    const skipped: CorpusProblem[] = [];
    const removed: string[] = [];
    for (const path of scan.removed) {
      const gone = files.get(path)?.article;
      if (gone) {
        this.#stories.remove(gone);
        removed.push(path);
      }
      files.delete(path);
    }
    for (const path of scan.changed) {
      const before = files.get(path);
      const entry = readFileEntry(scan.files.get(path)!, before, this.#parts);
      if (before?.article && before.article !== entry.article) this.#stories.remove(before.article);
      // A file that could not be read is skipped, not added or changed: a new one is not served,
      // a changed one keeps its last good version.
      if (entry.problem) skipped.push({ path, reason: entry.problem });
      else (before ? changed : added).push(path);
      files.set(path, entry);
    }
    // Corpus order is the folder's listing order, as when the corpus is first loaded.
    const sorted = new Map([...scan.files.keys()].map((path) => [path, files.get(path)!]));
    const next = nextKnowledge({
      old: this.#current,
      files: sorted,
      directory: this.#directory,
      parts: this.#parts,
      stories: this.#stories,
      timeline: this.#timeline,
      speakers: this.#speakers,
    });
    const leftOutBefore = new Set(this.#current.report.duplicates.map((d) => d.path));
    this.#files = sorted;
    this.#current = next.knowledge;
    this.#timeline = next.timeline;
    this.#speakers = next.speakers;
    if (!next.timeline || !next.speakers) void this.warmUp();
    const touched = new Set([...added, ...changed]);
    const { report } = next.knowledge;
    return {
      added,
      changed,
      removed,
      skipped,
      // A file of this reload left out, or a served file left out for one of this reload that
      // holds its story in full.
      copies: report.duplicates.filter(
        (d) => touched.has(d.path) || (touched.has(d.keptPath) && !leftOutBefore.has(d.path)),
      ),
      articles: report.articles,
      duplicates: report.duplicates.length,
      ms: performance.now() - started,
    };
  }

  /** Each file's path and the digest of its text as served (a bad file's last good text). */
  servedFiles(): Array<{ path: string; digest: string }> {
    return [...this.#files].map(([path, entry]) => ({
      path,
      digest: entry.goodDigest ?? entry.scanned.digest,
    }));
  }
}
