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

/** Seconds between log lines when indexing runs without a terminal. */
export const LOG_EVERY_MS = 3_000;

const NOUNS: Readonly<Record<IndexingStage, string>> = {
  articles: "articles read into passages",
  passages: "passages indexed",
  events: "articles searched for dated events",
  quotes: "articles searched for quotes",
};

/**
 * A progress bar on standard error when it is a terminal (cli-progress: the stage, a bar, the
 * count and an ETA); otherwise an info line in the log every {@link LOG_EVERY_MS}, so a bot's
 * log shows a long first start is working. Small stages (under a second) show nothing in the
 * log.
 */
export function indexingProgress(
  logger: Logger,
  terminal = process.stderr.isTTY === true,
  everyMs = LOG_EVERY_MS,
): IndexingProgress {
  return terminal ? barProgress() : logProgress(logger, everyMs);
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

function logProgress(logger: Logger, everyMs: number): IndexingProgress {
  let stage: IndexingStage = "articles";
  let total = 0;
  let started = 0;
  let logged = 0;
  return {
    start(next, count) {
      stage = next;
      total = count;
      started = logged = performance.now();
    },
    update(done) {
      const now = performance.now();
      if (now - logged < everyMs || done === 0) return;
      logged = now;
      const eta = Math.round((((now - started) / done) * (total - done)) / 1000);
      logger.info(
        { stage, done, total, etaSeconds: eta },
        `indexing: ${done} of ${total} ${NOUNS[stage]}, about ${eta} s left`,
      );
    },
    stop: () => undefined,
  };
}
