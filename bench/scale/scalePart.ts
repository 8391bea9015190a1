import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchContext } from "../lib/benchPart.js";
import { REPO_ROOT } from "../lib/benchPaths.js";
import type { Latency } from "../lib/percentiles.js";
import { fixed, formatTable } from "../lib/table.js";
import { SCALES, type Scale } from "./scaleCorpora.js";
import type { ScaleResult } from "./scaleResult.js";

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), "worker.ts");

/** On-topic `/ask` timings per set and scale (each set repeated until there are this many). */
const ON_TOPIC = { full: 1000, quick: 300 } as const;

/**
 * SQuAD questions timed per scale (a fixed, evenly spread sample); raw MiniSearch search is
 * timed on the first 1,000 of them only (see the worker).
 */
const QUESTIONS: Readonly<Record<Scale, { full: number; quick: number }>> = {
  seeds: { full: 2000, quick: 300 },
  bbc: { full: 2000, quick: 300 },
  "bbc-x10": { full: 2000, quick: 300 },
};

/**
 * Speed and memory at each scale, each measured in a fresh `node --expose-gc` process: build
 * time, heap, and `ask` and raw `PassageIndex.search` latency over SQuAD questions.
 */
export async function scalePart(ctx: BenchContext): Promise<ScaleResult[]> {
  const results: ScaleResult[] = [];
  for (const scale of SCALES) {
    ctx.log(`scale: measuring ${scale}…`);
    const size = ctx.quick ? "quick" : "full";
    const result = await runWorker(scale, QUESTIONS[scale][size], ON_TOPIC[size]);
    if (result) results.push(result);
    else ctx.log(`scale: ${scale} skipped, its data is absent`);
  }
  const ms = fixed(0);
  const lat = (l: Latency | null, key: "p50" | "p95" | "p99"): string =>
    l === null ? "n/a" : l[key] < 10 ? l[key].toFixed(2) : l[key].toFixed(0);
  ctx.print(
    formatTable(
      [
        { header: "scale", cell: (r: ScaleResult) => r.scale },
        { header: "articles", cell: (r) => r.articles },
        { header: "passages", cell: (r) => r.passages },
        { header: "load+clean ms", cell: (r) => ms(r.loadMs), align: "right" },
        { header: "build ms", cell: (r) => ms(r.buildMs), align: "right" },
        { header: "heap MB", cell: (r) => fixed(1)(r.heapAfterMb), align: "right" },
        { header: "knowledge MB", cell: (r) => fixed(1)(r.knowledgeHeapMb), align: "right" },
        { header: "persisted size / load", cell: (r) => r.persisted },
      ],
      results,
      "\nBuild and memory (heap after GC; knowledge MB = heap added by knowledgeFromArticles)",
    ),
  );
  ctx.print(askTable(results, lat));
  ctx.print(
    formatTable(
      [
        { header: "scale", cell: (r: ScaleResult) => r.scale },
        { header: "questions", cell: (r) => r.questions },
        { header: "search p50", cell: (r) => lat(r.search, "p50"), align: "right" },
        { header: "p95", cell: (r) => lat(r.search, "p95"), align: "right" },
        { header: "p99", cell: (r) => lat(r.search, "p99"), align: "right" },
        { header: "ask p50", cell: (r) => lat(r.ask, "p50"), align: "right" },
        { header: "p95", cell: (r) => lat(r.ask, "p95"), align: "right" },
        { header: "p99", cell: (r) => lat(r.ask, "p99"), align: "right" },
        {
          header: "ask abstained",
          cell: (r) => (r.askAbstained === null ? "n/a" : `${(100 * r.askAbstained).toFixed(0)}%`),
          align: "right",
        },
      ],
      results,
      "\nLatency, ms, over SQuAD questions, off-topic for news (ask = end to end; search = raw PassageIndex.search, limit as ask uses, over the first 1,000)",
    ),
  );
  return results;
}

/** Runs the worker for one scale; resolves to its result, or null when it skipped. */
function runWorker(scale: Scale, size: number, onTopic: number): Promise<ScaleResult | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--expose-gc", "--import", "tsx", WORKER, scale, String(size), String(onTopic)],
      { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`scale: worker for ${scale} exited with code ${code}`));
      else resolve(JSON.parse(out.trim().split("\n").at(-1) ?? "null") as ScaleResult | null);
    });
  });
}

interface AskRow {
  readonly scale: string;
  readonly set: string;
  readonly questions: number;
  readonly timed: number;
  readonly ask: Latency | null;
  readonly abstained: string;
  readonly recall: string;
}

/**
 * `/ask` as users feel it: on-topic questions at every scale, with how many abstained and the
 * recall that the latency was measured with; SQuAD (off-topic for news) as its own row.
 */
function askTable(
  results: readonly ScaleResult[],
  lat: (l: Latency | null, key: "p50" | "p95" | "p99") => string,
): string {
  const rows: AskRow[] = results.flatMap((r) => [
    ...r.onTopic.map((t) => ({
      scale: r.scale,
      set: t.set,
      questions: t.questions,
      timed: t.timed,
      ask: t.ask,
      abstained: `${t.abstained} (${((100 * t.abstained) / Math.max(1, t.questions)).toFixed(0)}%)`,
      recall: t.answerable > 0 ? `${(100 * t.recall).toFixed(1)}% of ${t.answerable}` : "n/a",
    })),
    {
      scale: r.scale,
      set: "SQuAD (off-topic)",
      questions: r.questions,
      timed: r.questions,
      ask: r.ask,
      abstained:
        r.askAbstained === null
          ? "n/a"
          : `${Math.round(r.askAbstained * r.questions)} (${(100 * r.askAbstained).toFixed(0)}%)`,
      recall: "n/a",
    },
  ]);
  return formatTable(
    [
      { header: "scale", cell: (r: AskRow) => r.scale },
      { header: "questions", cell: (r) => r.set },
      { header: "asked", cell: (r) => r.questions },
      { header: "timed", cell: (r) => r.timed },
      { header: "ask p50", cell: (r) => lat(r.ask, "p50"), align: "right" },
      { header: "p95", cell: (r) => lat(r.ask, "p95"), align: "right" },
      { header: "p99", cell: (r) => lat(r.ask, "p99"), align: "right" },
      { header: "abstained", cell: (r) => r.abstained, align: "right" },
      { header: "recall@12", cell: (r) => r.recall, align: "right" },
    ],
    rows,
    "\n/ask latency, ms, as users feel it (on-topic questions; recall@12 = an answering article, or a copy, among the passages ask reads)",
  );
}
