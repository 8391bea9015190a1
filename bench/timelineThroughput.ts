import { bbcArticles } from "./scale/scaleCorpora.js";
import { BBC_FILE } from "./lib/benchPaths.js";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../src/corpus/types.js";
import { extractEvents } from "../src/timeline/extractEvents.js";
import { mergeEvents } from "../src/timeline/mergeEvents.js";

/** One measured run of timeline extraction over the BBC articles. */
export interface TimelineThroughputRow {
  readonly run: string;
  readonly articles: number;
  readonly events: number;
  readonly entries: number;
  /** Wall time of `extractEvents` over every article, best of the repeats. */
  readonly extractMs: number;
  readonly articlesPerSecond: number;
  /** Wall time of `mergeEvents` over all the events. */
  readonly mergeMs: number;
}

/**
 * Times `extractEvents` over the 2,225 BBC articles (sentence splitting done beforehand, so only
 * extraction is timed) and `mergeEvents` over the result. The articles carry no publication
 * date, so the first run keeps stated dates only; the second gives every article the same
 * made-up date (2005-06-30) to time the resolution of relative dates as well. Returns null
 * (after saying why) when the data is not there.
 */
export function runTimelineThroughput(
  file = BBC_FILE,
  log: (line: string) => void = () => {},
  repeats = 3,
): TimelineThroughputRow[] | null {
  if (!existsSync(file)) {
    log(`timeline throughput: skipped, no data at ${file}`);
    return null;
  }
  // Read and cleaned as the loader would, beforehand: only extraction is timed.
  const articles = bbcArticles(file);
  return [
    measure("no publication date (as shipped)", articles, repeats),
    measure(
      "with a publication date (2005-06-30)",
      articles.map((a) => ({ ...a, published: "2005-06-30" })),
      repeats,
    ),
  ];
}

function measure(
  run: string,
  articles: readonly Article[],
  repeats: number,
): TimelineThroughputRow {
  let best = Infinity;
  let events = articles.flatMap(extractEvents); // warm-up: chrono builds its patterns lazily
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    events = articles.flatMap(extractEvents);
    best = Math.min(best, performance.now() - start);
  }
  const mergeStart = performance.now();
  const entries = mergeEvents(events);
  const mergeMs = performance.now() - mergeStart;
  return {
    run,
    articles: articles.length,
    events: events.length,
    entries: entries.length,
    extractMs: best,
    articlesPerSecond: (articles.length / best) * 1000,
    mergeMs,
  };
}

/** The rows as one table. */
export function formatTimelineThroughput(rows: readonly TimelineThroughputRow[]): string {
  const lines = [
    "run                                   articles  events  entries  extract ms  articles/s  merge ms",
  ];
  for (const r of rows) {
    lines.push(
      `${r.run.padEnd(37)} ${String(r.articles).padStart(8)} ${String(r.events).padStart(7)} ${String(r.entries).padStart(8)} ${r.extractMs.toFixed(0).padStart(11)} ${r.articlesPerSecond.toFixed(0).padStart(11)} ${r.mergeMs.toFixed(0).padStart(9)}`,
    );
  }
  return lines.join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rows = runTimelineThroughput(BBC_FILE, (line) => console.log(line));
  if (rows) console.log(formatTimelineThroughput(rows));
}
