import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { bbcKnowledge } from "../lib/bbcKnowledge.js";
import { REPO_ROOT } from "../lib/benchPaths.js";

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

/** Times the knowledge build and the directory over BBC News in this process. */
function timeHere(): DirectoryTiming {
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
export function timeDirectory(): Promise<DirectoryTiming> {
  return new Promise<DirectoryTiming>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", THIS_FILE], {
      cwd: REPO_ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let text = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve(JSON.parse(text.trim()) as DirectoryTiming)
        : reject(new Error(`directory timing exited with ${code}`)),
    );
  });
}

if (process.argv[1] === THIS_FILE) console.log(JSON.stringify(timeHere()));
