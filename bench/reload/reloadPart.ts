/**
 * Hot reload at BBC News size: a copy of the 2,225 articles in a temporary folder, built and
 * watched as the bot does (`KnowledgeStore`, warmed up), then one article added, changed and
 * removed, several times each. "live" is from the start of the reload (after the watch's quiet
 * time) to the new knowledge being served; "all ready" adds the timeline and speakers (updated
 * for the change from the warmed-up indexes). The machine's load average is printed beside the
 * figures: on a shared machine they mean little without it.
 */
import { existsSync } from "node:fs";
import { appendFile, cp, mkdtemp, rm, unlink, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import path from "node:path";
import { buildKnowledge } from "../../src/knowledge/buildKnowledge.js";
import { KnowledgeStore } from "../../src/knowledge/knowledgeStore.js";
import type { BenchContext } from "../lib/benchPart.js";
import { DATA_DIR } from "../lib/benchPaths.js";
import { formatTable } from "../lib/table.js";

const BBC_DIR = path.join(DATA_DIR, "bbc-news/bbc");

/** One kind of change, timed over several runs. */
interface ReloadRow {
  readonly change: string;
  readonly runs: number;
  readonly liveMs: readonly number[];
  readonly readyMs: readonly number[];
  /** The longest time nothing else could run, from the change seen to all ready. */
  readonly stallMs: readonly number[];
}

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export async function reloadPart(ctx: BenchContext): Promise<unknown> {
  if (!existsSync(BBC_DIR)) {
    ctx.log(`reload: skipped, no data at ${BBC_DIR}`);
    return null;
  }
  const directory = await mkdtemp(path.join(tmpdir(), "newsdesk-reload-"));
  try {
    await cp(BBC_DIR, directory, { recursive: true });
    const buildStarted = performance.now();
    const knowledge = await buildKnowledge(directory);
    knowledge.timeline();
    knowledge.speakers();
    const buildMs = performance.now() - buildStarted;
    const store = await KnowledgeStore.open(directory, knowledge);
    const warmStarted = performance.now();
    await store.warmUp();
    const warmMs = performance.now() - warmStarted;
    const { articles, duplicates } = knowledge.report;
    ctx.log(`reload: built ${articles} articles in ${(buildMs / 1000).toFixed(1)} s`);
    const runs = ctx.quick ? 3 : 7;
    const time = async (change: string, act: (i: number) => Promise<void>): Promise<ReloadRow> => {
      const liveMs: number[] = [];
      const readyMs: number[] = [];
      const stallMs: number[] = [];
      for (let i = 0; i < runs; i++) {
        await act(i);
        const stalls = monitorEventLoopDelay({ resolution: 5 });
        stalls.enable();
        const started = performance.now();
        const report = await store.reload();
        if (!report) throw new Error(`reload: the ${change} was not seen`);
        liveMs.push(report.ms);
        // As the bot does: the timeline and speakers right after the swap, between interactions.
        await new Promise<void>((resolve) =>
          setImmediate(() => {
            store.current().timeline();
            store.current().speakers();
            resolve();
          }),
        );
        readyMs.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 20));
        stalls.disable();
        stallMs.push(stalls.max / 1e6);
      }
      return { change, runs, liveMs, readyMs, stallMs };
    };
    const extra = (i: number): string => path.join(directory, `tech/zz-bench-${i}.txt`);
    const loadBefore = loadavg()[0]!;
    const rows = [
      await time("one article added", (i) =>
        writeFile(extra(i), `Bench article ${i}\n\nA new line of ${i} words about broadband.\n`),
      ),
      await time("one article changed", (i) =>
        appendFile(path.join(directory, "tech/001.txt"), `\nOne more paragraph, number ${i}.\n`),
      ),
      await time("one article removed", (i) => unlink(extra(i))),
    ];
    store.close();
    ctx.print(
      `\nHot reload at BBC News size (bench/reload): ${articles} articles served, ` +
        `${duplicates.length} near-duplicates left out; build ${(buildMs / 1000).toFixed(1)} s, ` +
        `warm-up ${(warmMs / 1000).toFixed(1)} s; load average ${loadBefore.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}\n` +
        formatTable(
          [
            { header: "change", cell: (r: ReloadRow) => r.change },
            { header: "runs", cell: (r) => r.runs },
            { header: "live p50 (ms)", cell: (r) => median(r.liveMs).toFixed(0) },
            { header: "live max (ms)", cell: (r) => Math.max(...r.liveMs).toFixed(0) },
            { header: "all ready p50 (ms)", cell: (r) => median(r.readyMs).toFixed(0) },
            { header: "longest stall max (ms)", cell: (r) => Math.max(...r.stallMs).toFixed(0) },
          ],
          rows,
        ),
    );
    return {
      articles,
      duplicates: duplicates.length,
      buildMs,
      warmMs,
      load: [loadBefore, loadavg()[0]],
      rows,
    };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
