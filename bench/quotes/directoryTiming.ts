import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { articleSpeakers } from "../../src/quotes/articleSpeakers.js";
import { directoryOfArticles } from "../../src/quotes/buildSpeakerDirectory.js";
import { bbcKnowledge } from "../lib/bbcKnowledge.js";
import { REPO_ROOT } from "../lib/benchPaths.js";
import type { Article } from "../../src/corpus/types.js";

/**
 * The speaker directory at BBC size, cold, seconds: the knowledge is built, then the directory
 * asked for extracts every article's quotes on the calling thread and groups the entries.
 */
export interface DirectoryTiming {
  /** Building the knowledge from the loaded articles (passages, index). */
  readonly build: number;
  /** From asking for the directory to having it, clock. */
  readonly directory: number;
  /**
   * The directory call's CPU: of the main thread alone (where Linux tells, else null) and of
   * the whole process (V8's compiler and garbage collector work on other threads beside it).
   */
  readonly mainThreadCpu: number | null;
  readonly processCpu: number;
  /**
   * Where the directory's time goes, in a second fresh process (seconds of main-thread CPU,
   * else clock): extracting the first half of the articles, then the second half, then grouping
   * the entries, all cold; then the same extraction and grouping again, warm. The first half
   * pays V8's warm-up and fills the name caches.
   */
  readonly breakdown: DirectoryBreakdown;
}

/** The directory's stages, cold then warm (see {@link DirectoryTiming.breakdown}). */
export interface DirectoryBreakdown {
  readonly firstHalf: number;
  readonly secondHalf: number;
  readonly grouping: number;
  readonly warmExtraction: number;
  readonly warmGrouping: number;
}

/** CPU seconds of this process's main thread so far, from /proc (Linux); null elsewhere. */
function mainThreadSeconds(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** CPU seconds of the main thread (or clock seconds where Linux does not tell) since `from`. */
function since(from: { main: number | null; clock: number }): number {
  const main = mainThreadSeconds();
  return main !== null && from.main !== null
    ? main - from.main
    : (performance.now() - from.clock) / 1000;
}
const mark = () => ({ main: mainThreadSeconds(), clock: performance.now() });

/** The directory's stages timed one by one after the knowledge build, cold then warm. */
function breakdownHere(): DirectoryBreakdown {
  const all = bbcKnowledge().articles;
  const half = Math.ceil(all.length / 2);
  const stages = (articles: readonly Article[]) => {
    let at = mark();
    const first = articles.slice(0, half).map(articleSpeakers);
    const firstHalf = since(at);
    at = mark();
    const found = first.concat(articles.slice(half).map(articleSpeakers));
    const secondHalf = since(at);
    at = mark();
    directoryOfArticles(found);
    return { firstHalf, secondHalf, grouping: since(at) };
  };
  const cold = stages(all);
  // Fresh article objects: each article's names are remembered by the article itself.
  const warm = stages(all.map((a) => ({ ...a })));
  return {
    ...cold,
    warmExtraction: warm.firstHalf + warm.secondHalf,
    warmGrouping: warm.grouping,
  };
}

/** Times the knowledge build and the directory over BBC News in this process. */
function timeHere(): Omit<DirectoryTiming, "breakdown"> {
  const started = performance.now();
  const { knowledge } = bbcKnowledge();
  const built = performance.now();
  const mainBefore = mainThreadSeconds();
  const cpu = process.cpuUsage();
  knowledge.speakers();
  const used = process.cpuUsage(cpu);
  const mainAfter = mainThreadSeconds();
  return {
    build: (built - started) / 1000,
    directory: (performance.now() - built) / 1000,
    mainThreadCpu: mainBefore === null || mainAfter === null ? null : mainAfter - mainBefore,
    processCpu: (used.user + used.system) / 1e6,
  };
}

const THIS_FILE = fileURLToPath(import.meta.url);

/**
 * Times the directory in a fresh process of its own: extraction warms V8's code and the name
 * caches, so a second directory in one process would be far quicker than a start's first one.
 */
export async function timeDirectory(): Promise<DirectoryTiming> {
  const timing = await inChild<Omit<DirectoryTiming, "breakdown">>([]);
  return { ...timing, breakdown: await inChild<DirectoryBreakdown>(["--breakdown"]) };
}

/** What this file prints when run in a fresh process with `args`. */
function inChild<T>(args: readonly string[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", THIS_FILE, ...args], {
      cwd: REPO_ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let text = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve(JSON.parse(text.trim()) as T)
        : reject(new Error(`directory timing exited with ${code}`)),
    );
  });
}

if (process.argv[1] === THIS_FILE)
  console.log(JSON.stringify(process.argv[2] === "--breakdown" ? breakdownHere() : timeHere()));
