import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchContext } from "../lib/benchPart.js";
import { DATA_DIR, REPO_ROOT } from "../lib/benchPaths.js";
import { formatTable } from "../lib/table.js";

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), "worker.ts");

/** The BBC News articles as files, one folder per section: a corpus folder as an operator has it. */
export const BBC_DIR = path.join(DATA_DIR, "bbc-news/bbc");

/** Fresh processes per figure; the median is reported. */
const RUNS = { full: 3, quick: 1 } as const;

interface BuildRun {
  readonly articles: number;
  readonly passages: number;
  readonly readMs: number;
  readonly cleanMs: number;
  readonly buildMs: number;
  readonly buildCpuMs: number;
}

/** Start-up as the bot does it, without or with a snapshot. */
interface OperatorRun {
  readonly ms: number;
  readonly cpuMs: number;
}

interface StartRun {
  readonly passages: number;
  /** Files read because their stamp changed (0 when the snapshot's stamps are current). */
  readonly filesRead: number;
  readonly filesMs: number;
  readonly keyMs: number;
  readonly readMs: number;
  readonly assembleMs: number;
  readonly wordNetMs: number;
  readonly startMs: number;
  readonly startCpuMs: number;
  readonly firstAskMs: number;
  readonly firstAskCpuMs: number;
  readonly secondAskMs: number;
  readonly firstQuoteMs: number;
  readonly firstTimelineMs: number;
}

/**
 * Start-up at BBC size (the 2,225 article files), each run in a fresh process: the build
 * without a snapshot, and start-up from a snapshot step by step (corpus files stat'ed against
 * the stamps kept with the snapshot, changed ones read and hashed, for the key; snapshot read
 * and checked; knowledge assembled; WordNet's index), then the first `/ask`, `/quote` and
 * `/timeline` after it, which pay for whatever start-up left for later.
 */
export async function startupPart(ctx: BenchContext): Promise<unknown> {
  if (!existsSync(BBC_DIR)) {
    ctx.log(`startup: skipped, no BBC News folder at ${BBC_DIR}`);
    return null;
  }
  const runs = RUNS[ctx.quick ? "quick" : "full"];
  const cacheDir = await mkdtemp(path.join(tmpdir(), "newsdesk-startup-"));
  try {
    const builds: BuildRun[] = [];
    for (let i = 0; i < runs; i++) builds.push((await runWorker(["build", BBC_DIR])) as BuildRun);
    ctx.log("startup: first starts (each writes the snapshot)…");
    const firsts: OperatorRun[] = [];
    for (let i = 0; i < runs; i++) {
      await rm(cacheDir, { recursive: true, force: true });
      firsts.push((await runWorker(["first", BBC_DIR, cacheDir])) as OperatorRun);
    }
    await rm(cacheDir, { recursive: true, force: true });
    const { bytes } = (await runWorker(["prepare", BBC_DIR, cacheDir])) as { bytes: number };
    const seconds: OperatorRun[] = [];
    const starts: StartRun[] = [];
    for (let i = 0; i < runs; i++) {
      seconds.push((await runWorker(["second", BBC_DIR, cacheDir])) as OperatorRun);
      starts.push((await runWorker(["start", BBC_DIR, cacheDir])) as StartRun);
    }
    const first = medianOf(firsts);
    const second = medianOf(seconds);
    const build = medianOf(builds);
    const start = medianOf(starts);
    const ms = (x: number): string => x.toFixed(0);
    ctx.print(
      formatTable(
        [
          { header: "step", cell: (r: readonly [string, string]) => r[0] },
          { header: `ms (median of ${runs})`, cell: (r) => r[1], align: "right" },
        ],
        [
          ["build without snapshot: read files", ms(build.readMs)],
          ["  parse and clean", ms(build.cleanMs)],
          [
            "  passages, index, statistics (clock / CPU)",
            `${ms(build.buildMs)} / ${ms(build.buildCpuMs)}`,
          ],
          [
            `start from snapshot (${(bytes / 2 ** 20).toFixed(1)} MB): scan files (${start.filesRead} read)`,
            ms(start.filesMs),
          ],
          ["  snapshot key (hash)", ms(start.keyMs)],
          ["  read and check snapshot", ms(start.readMs)],
          ["  assemble knowledge", ms(start.assembleMs)],
          ["  WordNet index", ms(start.wordNetMs)],
          ["  start-up in all (clock / CPU)", `${ms(start.startMs)} / ${ms(start.startCpuMs)}`],
          [
            "first start, as the bot: built, snapshot written, store opened (clock / CPU)",
            `${ms(first.ms)} / ${ms(first.cpuMs)}`,
          ],
          [
            "second start, as the bot: snapshot loaded, store opened (clock / CPU)",
            `${ms(second.ms)} / ${ms(second.cpuMs)}`,
          ],
          [
            "first /ask after start (clock / CPU)",
            `${ms(start.firstAskMs)} / ${ms(start.firstAskCpuMs)}`,
          ],
          ["second /ask", ms(start.secondAskMs)],
          ["first /quote", ms(start.firstQuoteMs)],
          ["first /timeline", ms(start.firstTimelineMs)],
        ] as const,
        `\nStart-up at BBC size (${build.articles} article files, ${start.passages} passages), each run a fresh process`,
      ),
    );
    return {
      runs,
      snapshotBytes: bytes,
      build,
      start,
      first,
      second,
      builds,
      starts,
      firsts,
      seconds,
    };
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
}

/** Field by field, the median of the runs. */
function medianOf<T extends object>(runs: readonly T[]): T {
  const first = runs[0];
  if (!first) throw new Error("startup: no runs");
  const median = {} as Record<string, number>;
  for (const key of Object.keys(first)) {
    const values = runs.map((r) => (r as Record<string, number>)[key] ?? 0).sort((a, b) => a - b);
    median[key] = values[Math.floor(values.length / 2)] ?? 0;
  }
  return median as T;
}

/** Runs the worker with `args`; resolves to the JSON it printed last. */
function runWorker(args: readonly string[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", WORKER, ...args], {
      cwd: REPO_ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`startup: worker ${args[0]} exited with code ${code}`));
      else resolve(JSON.parse(out.trim().split("\n").at(-1) ?? "null"));
    });
  });
}
