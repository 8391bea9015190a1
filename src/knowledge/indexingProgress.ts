import cliProgress from "cli-progress";
import type { Logger } from "../logger.js";

/** The stages of indexing a corpus, in the order they run. */
export type IndexingStage = "articles" | "passages" | "events" | "quotes";

/** Hears how indexing goes: each stage starts with its total, then counts what is done. */
export interface IndexingProgress {
  start(stage: IndexingStage, total: number): void;
  /** `done` items of the current stage are finished (a running count, not an increment). */
  update(done: number): void;
  /** The stage is finished. */
  stop(): void;
}

/** Progress no one follows (tests, benchmarks, a snapshot start). */
export const NO_PROGRESS: IndexingProgress = {
  start: () => undefined,
  update: () => undefined,
  stop: () => undefined,
};

/**
 * Without a terminal, a stage logs a line each time another tenth of it is done, but no two
 * lines closer than {@link LOG_GAP_MS.least} (a fast stage does not flood the log, and one
 * shorter than that logs nothing), and one at least every {@link LOG_GAP_MS.most} (a slow tenth
 * still shows the build is working). A fixed 3 s gave a 20-minute build 400 lines.
 */
export const LOG_GAP_MS = { least: 3_000, most: 30_000 } as const;

const NOUNS: Readonly<Record<IndexingStage, string>> = {
  articles: "articles read into passages",
  passages: "passages indexed",
  events: "articles searched for dated events",
  quotes: "articles searched for quotes",
};

/**
 * A progress bar on standard error when it is a terminal (cli-progress: the stage, a bar, the
 * count and an ETA); otherwise an info line in the log at each tenth of a stage (see
 * {@link LOG_GAP_MS}), so a bot's log shows a long first start is working. `now` is the clock
 * (milliseconds), for tests.
 */
export function indexingProgress(
  logger: Logger,
  terminal = process.stderr.isTTY === true,
  now: () => number = () => performance.now(),
): IndexingProgress {
  return terminal ? barProgress() : logProgress(logger, now);
}

function barProgress(): IndexingProgress {
  const bar = new cliProgress.SingleBar(
    {
      format: "indexing {stage} [{bar}] {value}/{total} | ETA {eta_formatted}",
      stream: process.stderr,
      clearOnComplete: true,
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let running = false;
  return {
    start(stage, total) {
      if (running) bar.stop();
      bar.start(total, 0, { stage: stage.padEnd(8) });
      running = true;
    },
    update: (done) => running && bar.update(done),
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}

function logProgress(logger: Logger, now: () => number): IndexingProgress {
  let stage: IndexingStage = "articles";
  let total = 0;
  let started = 0;
  let logged = 0;
  /** The count at the last line (or the start): the next line waits for the next tenth. */
  let loggedDone = 0;
  return {
    start(next, count) {
      stage = next;
      total = count;
      started = logged = now();
      loggedDone = 0;
    },
    update(done) {
      const at = now();
      const since = at - logged;
      // A tenth of the stage passed since the last line (tenths of the whole: 10%, 20%, …).
      const tenth = Math.floor((done * 10) / total) > Math.floor((loggedDone * 10) / total);
      if (done === 0 || since < LOG_GAP_MS.least || !(tenth || since >= LOG_GAP_MS.most)) return;
      logged = at;
      loggedDone = done;
      const eta = Math.round((((at - started) / done) * (total - done)) / 1000);
      logger.info(
        { stage, done, total, etaSeconds: eta },
        `indexing: ${done} of ${total} ${NOUNS[stage]}, about ${eta} s left`,
      );
    },
    stop: () => undefined,
  };
}
