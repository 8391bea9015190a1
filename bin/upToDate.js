// The compiled build's up-to-date check and the lock around compiling, for run.js. Plain
// JavaScript, as it runs before anything is compiled.
import { spawnSync } from "node:child_process";
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
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
/**
 * How long any lock may stand: a compile takes about a minute at worst, and a crashed owner's
 * pid may be in use again (in a container, even by this very start), so age ends a lock too.
 */
const MAX_LOCK_MS = 10 * 60_000;
const POLL_MS = 100;

/**
 * The newest modification time (ms) among the build's inputs: every file and folder under the
 * source folders (a folder's time moves when a file in it is added, removed or renamed) and the
 * configuration files. A stat of some 300 entries: about 5 ms, against 0.3 s for `tsc -b` to
 * find that nothing changed. The change time counts too: a file restored with its old
 * modification time (`cp -p`, `rsync -a`, tar) is still new here.
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
    newest = Math.max(newest, info.mtimeMs, info.ctimeMs);
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
      // Released only while it is still this start's: a lock taken over as stale is another's.
      return () => {
        try {
          if (readFileSync(pidFile, "utf8") !== String(process.pid)) return;
        } catch {
          return;
        }
        rmSync(lock, { recursive: true, force: true });
      };
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
    let inode = 0;
    try {
      const info = statSync(lock);
      age = Date.now() - info.mtimeMs;
      inode = info.ino;
    } catch {
      continue; // released meanwhile
    }
    const known = Number.isInteger(owner) && owner > 0;
    const stale =
      age > MAX_LOCK_MS || (known ? owner === process.pid || !alive(owner) : age > ORPHAN_LOCK_MS);
    if (stale) {
      takeOver(lock, inode);
      continue;
    }
    if (!told) say("Waiting for another start of Newsdesk to finish compiling…\n");
    told = true;
    await sleep(POLL_MS);
  }
}

/**
 * Removes a stale lock, if it is still the one judged stale: it is first renamed aside (one
 * rename wins), and when the lock renamed is not that one (another waiter took the stale lock
 * over and made its own meanwhile), it is put back for its owner.
 */
function takeOver(lock, staleInode) {
  const aside = `${lock}.stale-${process.pid}`;
  try {
    renameSync(lock, aside);
  } catch {
    return; // another waiter moved it first
  }
  if (statSync(aside).ino !== staleInode) {
    try {
      renameSync(aside, lock);
      return;
    } catch {
      // A third lock stands there now: this one's owner, finding its lock gone, releases nothing.
    }
  }
  rmSync(aside, { recursive: true, force: true });
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
