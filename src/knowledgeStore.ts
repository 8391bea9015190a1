import { parseCorpusFiles } from "./corpus/load.js";
import { keepDistinct, type NearDuplicate } from "./corpus/nearDuplicates.js";
import { splitPassages } from "./corpus/passages.js";
import { scanCorpus, type CorpusScanned, type ScannedFile } from "./corpus/scanCorpus.js";
import { StoryIndex } from "./corpus/storyIndex.js";
import type { Article, CleaningReport, CorpusProblem, Passage } from "./corpus/types.js";
import type { Knowledge } from "./knowledge.js";
import { knowledgeOf } from "./knowledgeOf.js";
import { directoryFromSightings } from "./quotes/buildSpeakerDirectory.js";
import { articleSightings } from "./quotes/articleSpeakers.js";
import { extractQuotes } from "./quotes/extractQuotes.js";
import { SpeakerIndex } from "./quotes/speakerIndex.js";
import { sightingsOf, type Sighting } from "./quotes/speakerSightings.js";
import { extractEvents } from "./timeline/extractEvents.js";
import { mergeEvents } from "./timeline/mergeEvents.js";
import { TimelineIndex } from "./timeline/timelineIndex.js";
import type { DatedEvent } from "./timeline/types.js";

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
  /** Added or changed files left out as copies of a story already served. */
  readonly copies: readonly NearDuplicate[];
  readonly articles: number;
  readonly duplicates: number;
  /** From the start of the scan to the new knowledge being served. */
  readonly ms: number;
}

/** One corpus file: as last scanned, and the article it gives (or why it gives none). */
interface FileEntry {
  readonly scanned: ScannedFile;
  /** The article served for this file: its last good version when the file turned bad. */
  readonly article: Article | null;
  readonly problem: string | null;
  readonly warnings: readonly string[];
  /** The digest of the text `article` was read from (the snapshot's key hashes what is served). */
  readonly goodDigest: string | null;
}

/**
 * Holds the knowledge of a corpus folder that changes while the bot runs. {@link reload} scans
 * the folder, re-reads only changed files, rebuilds only what they touch (their passages, index
 * entries, term counts, events and speaker sightings, the timeline's dates and the speaker
 * groups they carry) and swaps the new knowledge in one synchronous step, so every interaction
 * reads either the old corpus or the new one. A file that turns bad keeps its last good
 * version in service.
 */
export class KnowledgeStore {
  #current: Knowledge;
  #closed = false;
  readonly #directory: string;
  #files = new Map<string, FileEntry>();
  readonly #passages = new WeakMap<Article, readonly Passage[]>();
  readonly #cleaning = new WeakMap<Article, CleaningReport>();
  readonly #events = new WeakMap<Article, readonly DatedEvent[]>();
  readonly #sightings = new WeakMap<Article, readonly Sighting[]>();
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
   * stamps, see `BuildInfo.scan`; without it the folder is read again): each file's article is
   * taken from the knowledge, and its passages too. Only the files the knowledge left out as
   * copies are read, to be served when their turn comes. A file changed since `built` keeps the
   * stamp it was built from, and a file written since is left out, so the next {@link reload}
   * picks either up.
   * Files over `maxBytes` are skipped, as the loader skips them.
   */
  static async open(
    directory: string,
    knowledge: Knowledge,
    maxBytes?: number,
    built?: CorpusScanned,
  ): Promise<KnowledgeStore> {
    const store = new KnowledgeStore(directory, knowledge, maxBytes);
    const { report } = knowledge;
    const problems = new Map(report.problems.map((p) => [p.path, p.reason]));
    const copies = new Set(report.duplicates.map((d) => d.path));
    const cleaning = new Map(report.cleaning.map((c) => [c.articleId, c]));
    const byPath = new Map([...knowledge.articles.values()].map((a) => [a.path, a]));
    // What the knowledge was built from needs no second read; copies and unknown files do.
    const known = new Map(
      [...(built?.files ?? [])].filter(
        ([path]) => byPath.has(path) || (problems.has(path) && !copies.has(path)),
      ),
    );
    const scan = await store.#scan(known);
    // A file the knowledge was built from that is gone now is kept with its built stamp, so the
    // first reload finds it removed.
    for (const path of new Set([...scan.files.keys(), ...known.keys()])) {
      const live = byPath.get(path);
      const scanned = known.get(path) ?? scan.files.get(path)!;
      const warnings = report.warnings.filter((w) => w.path === path).map((w) => w.reason);
      if (live) {
        store.#files.set(path, {
          scanned,
          article: live,
          problem: null,
          warnings,
          goodDigest: scanned.digest,
        });
        const counts = cleaning.get(live.id);
        if (counts) store.#cleaning.set(live, counts);
      } else if (copies.has(path)) {
        // A copy left out is read again, to be served if its kept copy goes.
        store.#files.set(path, store.#read(scanned, undefined));
      } else if (!problems.has(path)) {
        // A file the knowledge does not know was written since it was read: left out here, so
        // the first reload adds it.
        continue;
      } else {
        const problem = problems.get(path) ?? null;
        store.#files.set(path, { scanned, article: null, problem, warnings, goodDigest: null });
      }
    }
    const byArticle = new Map<string, Passage[]>();
    for (const p of knowledge.passages) {
      const list = byArticle.get(p.articleId);
      if (list) list.push(p);
      else byArticle.set(p.articleId, [p]);
    }
    for (const article of knowledge.articles.values())
      store.#passages.set(article, byArticle.get(article.id) ?? []);
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
    const articles = [...knowledge.articles.values()];
    const grouped = new Map<string, DatedEvent[]>();
    const timeline = knowledge.timeline();
    for (const entry of timeline)
      for (const event of entry.sources) {
        const list = grouped.get(event.articleId);
        if (list) list.push(event);
        else grouped.set(event.articleId, [event]);
      }
    for (const article of articles)
      if (!this.#events.has(article)) this.#events.set(article, grouped.get(article.id) ?? []);
    const stale = (): boolean => this.#current !== knowledge || this.#closed;
    let slice = performance.now();
    const pause = async (): Promise<void> => {
      if (performance.now() - slice <= 20) return;
      await new Promise((resolve) => setImmediate(resolve));
      slice = performance.now();
    };
    for (const article of articles) {
      if (stale()) return;
      // Once the directory has been extracted from these articles (a start without a snapshot
      // writes it at once), their sightings are taken from it: a second pass takes seconds.
      const found = knowledge.speakersByArticle()?.get(article.id);
      if (found && !this.#sightings.has(article))
        this.#sightings.set(article, articleSightings(found));
      this.#sightingsOf(article);
      this.#stories.add(article);
      await pause();
    }
    if (stale()) return;
    const speakers = SpeakerIndex.of(
      articles.map((a) => ({ articleId: a.id, sightings: this.#sightingsOf(a) })),
    );
    while (!speakers.prepare(20)) {
      await new Promise((resolve) => setImmediate(resolve));
      if (stale()) return;
    }
    this.#timeline = TimelineIndex.of(timeline);
    this.#speakers = speakers;
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
    this.#folders = scan.folders;
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
      const entry = this.#read(scan.files.get(path)!, before);
      if (before?.article && before.article !== entry.article) this.#stories.remove(before.article);
      // A file that could not be read is skipped, not added or changed: a new one is not served,
      // a changed one keeps its last good version.
      if (entry.problem) skipped.push({ path, reason: entry.problem });
      else (before ? changed : added).push(path);
      files.set(path, entry);
    }
    // Corpus order is the folder's listing order, as when the corpus is first loaded.
    const sorted = new Map([...scan.files.keys()].map((path) => [path, files.get(path)!]));
    const { knowledge: next, timeline, speakers } = this.#knowledgeFor(sorted);
    this.#files = sorted;
    this.#current = next;
    this.#timeline = timeline;
    this.#speakers = speakers;
    if (!timeline || !speakers) void this.warmUp();
    const touched = new Set([...added, ...changed]);
    return {
      added,
      changed,
      removed,
      skipped,
      copies: next.report.duplicates.filter((d) => touched.has(d.path)),
      articles: next.report.articles,
      duplicates: next.report.duplicates.length,
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

  /** Reads one scanned file; a bad file that had a good version keeps it. */
  #read(scanned: ScannedFile, before: FileEntry | undefined): FileEntry {
    // A scan reads every file it reports as changed; one known only by its stamp was not read.
    const file = scanned.file ?? { path: "", error: "was not read" };
    const loaded = parseCorpusFiles([file]);
    const article = loaded.articles[0];
    const warnings = loaded.warnings.map((w) => w.reason);
    if (article) {
      const counts = loaded.cleaning[0];
      if (counts) this.#cleaning.set(article, counts);
      return { scanned, article, problem: null, warnings, goodDigest: scanned.digest };
    }
    const reason = loaded.problems[0]?.reason ?? "cannot be loaded";
    if (before?.article)
      return { ...before, scanned, problem: `${reason} (serving its last good version)` };
    return { scanned, article: null, problem: reason, warnings, goodDigest: null };
  }

  /**
   * The knowledge of `files`, reusing every part of an article that did not change, with the
   * timeline and speaker indexes it is served from (when the current ones are built).
   */
  #knowledgeFor(files: ReadonlyMap<string, FileEntry>): {
    knowledge: Knowledge;
    timeline: TimelineIndex | undefined;
    speakers: SpeakerIndex | undefined;
  } {
    const old = this.#current;
    const problems: CorpusProblem[] = [];
    const warnings: CorpusProblem[] = [];
    const ids = new Map<string, string>();
    const candidates: Article[] = [];
    for (const [path, entry] of files) {
      if (entry.problem) problems.push({ path, reason: entry.problem });
      for (const reason of entry.warnings) warnings.push({ path, reason });
      if (!entry.article) continue;
      const earlier = ids.get(entry.article.id);
      if (earlier !== undefined) {
        const reason = `duplicate id "${entry.article.id}" (already loaded from ${earlier})`;
        problems.push({ path, reason });
        continue;
      }
      ids.set(entry.article.id, path);
      candidates.push(entry.article);
    }
    for (const article of candidates) this.#stories.add(article);
    const { kept, duplicates } = keepDistinct(candidates, this.#stories);
    const keptSet = new Set(kept);
    // The articles that leave and come: their passages, events and speakers are taken out and
    // put in.
    const leaving = [...old.articles.values()].filter((a) => !keptSet.has(a));
    const removedPassages = leaving.flatMap((a) => this.#passages.get(a) ?? []);
    const addedPassages: Passage[] = [];
    const passages: Passage[] = [];
    for (const article of kept) {
      const isNew = old.articles.get(article.id) !== article;
      const own = (isNew ? undefined : this.#passages.get(article)) ?? splitPassages(article);
      // Orders are positions in the corpus: renumber what moved, keep the rest as it is.
      const numbered = own.map((p, i) =>
        p.order === passages.length + i ? p : { ...p, order: passages.length + i },
      );
      this.#passages.set(article, numbered);
      passages.push(...numbered);
      if (isNew) addedPassages.push(...numbered);
    }
    const coming = kept.filter((a) => old.articles.get(a.id) !== a);
    const timeline = this.#timeline?.changed(
      leaving.flatMap((a) => this.#eventsOf(a)),
      coming.flatMap((a) => this.#eventsOf(a)),
    );
    const sightings = (a: Article) => ({ articleId: a.id, sightings: this.#sightingsOf(a) });
    const speakers = this.#speakers?.changed(
      leaving.map(sightings),
      coming.map(sightings),
      kept.map((a) => a.id),
    );
    const stats = old.stats.changed(removedPassages, addedPassages);
    // Last, as the one step that changes shared state (MiniSearch, in place).
    const index = old.index.changed(removedPassages, addedPassages, passages);
    const knowledge = knowledgeOf({
      articles: kept,
      passages,
      index,
      stats,
      timeline: () => timeline?.entries() ?? mergeEvents(kept.flatMap((a) => this.#eventsOf(a))),
      speakers: () =>
        speakers?.directory() ?? directoryFromSightings(kept.flatMap((a) => this.#sightingsOf(a))),
      report: {
        directory: this.#directory,
        articles: kept.length,
        passages: passages.length,
        cleaning: kept.flatMap((a) => this.#cleaning.get(a) ?? []),
        problems,
        warnings,
        duplicates,
      },
    });
    return { knowledge, timeline, speakers };
  }

  #eventsOf(article: Article): readonly DatedEvent[] {
    let events = this.#events.get(article);
    if (!events) this.#events.set(article, (events = extractEvents(article)));
    return events;
  }

  #sightingsOf(article: Article): readonly Sighting[] {
    let sightings = this.#sightings.get(article);
    if (!sightings)
      this.#sightings.set(article, (sightings = sightingsOf([article], extractQuotes(article))));
    return sightings;
  }
}
