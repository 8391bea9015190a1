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
    const result = await runWorker(scale, QUESTIONS[scale][ctx.quick ? "quick" : "full"]);
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
      "\nLatency, ms, over SQuAD questions (ask = end to end; search = raw PassageIndex.search, limit as ask uses, over the first 1,000)",
    ),
  );
  return results;
}

/** Runs the worker for one scale; resolves to its result, or null when it skipped. */
function runWorker(scale: Scale, size: number): Promise<ScaleResult | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--expose-gc", "--import", "tsx", WORKER, scale, String(size)],
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
