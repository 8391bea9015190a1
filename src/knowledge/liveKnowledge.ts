import type { BuildInfo } from "./buildKnowledge.js";
import { watchCorpus } from "../corpus/watchCorpus.js";
import type { Knowledge } from "./knowledge.js";
import { snapshotOf } from "./knowledgeSnapshot.js";
import { KnowledgeStore, type ReloadReport } from "./knowledgeStore.js";
import { keepStampsIn } from "./scanForSnapshot.js";
import { snapshotKey, writeSnapshot } from "../search/snapshot.js";
import type { Configured } from "../startup.js";
import { count } from "../text/count.js";

/**
 * How long the corpus must be quiet after a reload before the snapshot is written: writing it
 * serialises the whole index (about 2 s at BBC News size, during which nothing else runs), so a
 * burst of changes writes it once, after the last.
 */
export const SNAPSHOT_QUIET_MS = 10_000;

/** Knowledge that follows the corpus folder: `current` is what to answer from now. */
export interface LiveKnowledge {
  readonly current: () => Knowledge;
  /**
   * Resolves once every reload started so far is served and the snapshot waiting for a quiet
   * corpus, if any, is written (tests wait on it).
   */
  settled(): Promise<void>;
  close(): void;
}

/**
 * Serves `knowledge` and keeps it following the corpus folder: each settled change is
 * reloaded (see {@link KnowledgeStore}) and logged in one line, and once the corpus has been
 * quiet for `snapshotQuietMs` after a swap, the snapshot of what is served is written. Reloads
 * and snapshot writes run one at a time; changes during one are picked up by the next.
 * `notify` also hears each reload's line when the log is quieter than info (the console shows
 * it then; a log at info already has it, and a second line would tell each reload twice).
 */
export async function liveKnowledge(
  { config, logger }: Configured,
  knowledge: Knowledge & { readonly build?: Pick<BuildInfo, "scan"> },
  options: {
    readonly notify?: (line: string) => void;
    readonly snapshotQuietMs?: number;
  } = {},
): Promise<LiveKnowledge> {
  const store = await KnowledgeStore.open(
    config.corpusDir,
    knowledge,
    config.maxArticleBytes,
    knowledge.build?.scan,
  );
  void store.warmUp();
  let running: Promise<void> = Promise.resolve();
  let queued = false;
  let snapshotTimer: NodeJS.Timeout | undefined;
  /** Settles when the snapshot waiting for a quiet corpus is written (or given up). */
  let snapshotDue: { done: Promise<void>; settle: () => void } | null = null;
  const scheduleSnapshot = (cacheDir: string): void => {
    clearTimeout(snapshotTimer);
    if (!snapshotDue) {
      let settle = (): void => undefined;
      const done = new Promise<void>((resolve) => (settle = resolve));
      snapshotDue = { done, settle };
    }
    const due = snapshotDue;
    snapshotTimer = setTimeout(() => {
      running = running
        .then(() => keepSnapshot(cacheDir, store.current()))
        .finally(() => {
          if (snapshotDue === due) snapshotDue = null;
          due.settle();
        });
    }, options.snapshotQuietMs ?? SNAPSHOT_QUIET_MS);
    snapshotTimer.unref();
  };
  const reloadOnce = async (): Promise<void> => {
    queued = false;
    try {
      const report = await store.reload();
      // The scan listed the folders: a folder made or removed is followed or let go now.
      watch.follow(store.folders());
      if (!report) return;
      logReload(report);
      const served = store.current();
      // Events and speakers are worked out now, between interactions, not in the next /quote.
      setImmediate(() => {
        served.timeline();
        served.speakers();
      });
      if (config.cacheDir) scheduleSnapshot(config.cacheDir);
    } catch (error) {
      logger.error({ err: error }, "corpus reload failed; still serving the last good corpus");
    }
  };
  const trigger = (): void => {
    if (queued) return;
    queued = true;
    running = running.then(reloadOnce);
  };
  const logReload = (r: ReloadReport): void => {
    for (const problem of r.skipped)
      logger.warn({ path: problem.path }, `corpus: skipped ${problem.path}: ${problem.reason}`);
    const line = reloadLine(r);
    // The notice stands in for a log too quiet to tell reloads; a log at info tells them itself.
    if (!logger.isLevelEnabled("info")) options.notify?.(line);
    logger.info(
      {
        added: r.added.length,
        changed: r.changed.length,
        removed: r.removed.length,
        skipped: r.skipped.length,
        articles: r.articles,
        duplicates: r.duplicates,
        ms: Math.round(r.ms),
      },
      line,
    );
  };
  const keepSnapshot = async (cacheDir: string, served: Knowledge): Promise<void> => {
    const key = await snapshotKey(store.servedFiles());
    if (store.current() !== served) return; // a newer reload writes its own
    const stamps = store.stamps();
    const { snapshot, extras } = snapshotOf(served, key);
    try {
      await writeSnapshot(cacheDir, snapshot, extras);
      await keepStampsIn(cacheDir, config.corpusDir, stamps.files);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      logger.warn({ cacheDir }, `INDEX_CACHE_DIR: cannot write the index snapshot (${code})`);
    }
  };
  const watch = watchCorpus(config.corpusDir, store.folders(), trigger, (error) =>
    logger.warn(
      { err: error, directory: config.corpusDir },
      "corpus: cannot watch the folder; changes need a restart",
    ),
  );
  // What changed while the knowledge was loading, before the watch began, is picked up now
  // (the store kept the stamps the knowledge was built from).
  trigger();
  return {
    current: store.current,
    settled: async () => {
      await running;
      await snapshotDue?.done;
      await running;
    },
    close: () => {
      clearTimeout(snapshotTimer);
      snapshotDue?.settle();
      watch.close();
      store.close();
    },
  };
}

/** A reload's one line: what changed, what is served, and any copy left out. */
export function reloadLine(r: ReloadReport): string {
  const copies = r.copies.map((d) => `${d.path} is a copy of ${d.keptPath}, left out`);
  const tail = copies.length > 0 ? ` (${copies.join("; ")})` : "";
  return `corpus reloaded: ${r.added.length} added, ${r.changed.length} changed, ${r.removed.length} removed, ${r.skipped.length} skipped in ${Math.round(r.ms)} ms; serving ${count(r.articles, "article")}${tail}`;
}
