// The compiled build's up-to-date check and the lock around compiling, for run.js. Plain
// JavaScript, as it runs before anything is compiled.
import { spawnSync } from "node:child_process";
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";

/** What tsc compiles (tsconfig.build.json's `include`) and what decides how. */
const INPUT_FOLDERS = ["src", "commands"];
const INPUT_FILES = ["tsconfig.json", "tsconfig.build.json", "package.json"];
/** How long a lock whose owner is unknown may stand before it is taken as left by a crash. */
const ORPHAN_LOCK_MS = 10_000;
const POLL_MS = 100;

/**
 * The newest modification time (ms) among the build's inputs: every file and folder under the
 * source folders (a folder's time moves when a file in it is added, removed or renamed) and the
 * configuration files. A stat of some 300 entries: about 2 ms, against 0.3 s for `tsc -b` to
 * find that nothing changed.
 */
export function newestInput(root) {
  let newest = 0;
  const visit = (file) => {
    let info;
    try {
      info = statSync(file);
    } catch {
      return;
    }
    newest = Math.max(newest, info.mtimeMs);
    if (info.isDirectory()) for (const name of readdirSync(file)) visit(path.join(file, name));
  };
  for (const folder of INPUT_FOLDERS) visit(path.join(root, folder));
  for (const file of INPUT_FILES) visit(path.join(root, file));
  return newest;
}

/** The stamp a successful compile leaves in the output folder, dated when that compile began. */
function stampFile(outDir) {
  return path.join(outDir, ".newsdesk-built");
}

/** Whether the build must be compiled: the entry is missing, or an input is newer than the stamp. */
export function isStale(root, outDir, built) {
  try {
    statSync(built);
    return newestInput(root) >= statSync(stampFile(outDir)).mtimeMs;
  } catch {
    return true;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether process `pid` still runs. */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/**
 * Takes the compile lock (a folder, made atomically, holding its owner's pid): resolves to a
 * function that releases it. While another process holds it, waits, saying so once; a lock whose
 * owner has died (or, without a pid, older than ORPHAN_LOCK_MS) is removed.
 */
export async function lockCompile(outDir, say) {
  mkdirSync(outDir, { recursive: true });
  const lock = path.join(outDir, ".compile-lock");
  const pidFile = path.join(lock, "pid");
  let told = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(pidFile, String(process.pid));
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    }
    let owner = NaN;
    try {
      owner = Number(readFileSync(pidFile, "utf8"));
    } catch {
      // Made but not yet written: its owner is between the two calls above.
    }
    let age = 0;
    try {
      age = Date.now() - statSync(lock).mtimeMs;
    } catch {
      continue; // released meanwhile
    }
    if (Number.isInteger(owner) && owner > 0 ? !alive(owner) : age > ORPHAN_LOCK_MS) {
      rmSync(lock, { recursive: true, force: true });
      continue;
    }
    if (!told) say("Waiting for another start of Newsdesk to finish compiling…\n");
    told = true;
    await sleep(POLL_MS);
  }
}

/**
 * Brings the build in `outDir` up to date with `tsc -b project` when it is stale (see
 * {@link isStale}), one process at a time: two starts at once compile once, and the second runs
 * the finished build, never one half written. Resolves to whether the build may run: tsc
 * finished (type errors included: its output is emitted all the same, and printed on standard
 * error) or there was nothing to do.
 */
export async function bringUpToDate({ root, outDir, built, tsc, project, say }) {
  if (!isStale(root, outDir, built)) return true;
  let release;
  try {
    release = await lockCompile(outDir, say);
  } catch {
    return false; // an output folder that cannot be written: the sources run instead
  }
  try {
    // Another start may have compiled while this one waited.
    if (!isStale(root, outDir, built)) return true;
    let first = true;
    try {
      statSync(built);
      first = false;
    } catch {
      // no build yet
    }
    // A first start compiles every module (about 20 s on two cores): say so, or the wait looks
    // like a hang.
    say(
      first
        ? "Compiling Newsdesk (first start only; about 20 s)…\n"
        : "Compiling Newsdesk (the sources changed)…\n",
    );
    // Dated when it began: a source saved while tsc ran is newer, and compiled next time.
    const began = new Date();
    // Its output goes to standard error: standard output holds only answers (`--json`).
    const { status } = spawnSync(process.execPath, [tsc, "-b", project], {
      stdio: ["ignore", 2, 2],
    });
    // Only a clean compile is stamped, so a type error is printed again at the next start.
    if (status === 0) {
      writeFileSync(stampFile(outDir), "");
      utimesSync(stampFile(outDir), began, began);
    }
    // 1 and 2: type errors, the files emitted all the same; anything else (a crash, a project it
    // cannot read) may have left the build behind the sources.
    if (status !== 0 && status !== 1 && status !== 2) return false;
    statSync(built);
    return true;
  } catch {
    return false;
  } finally {
    release();
  }
}
