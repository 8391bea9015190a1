import { readFile, rename, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import type { ScannedFile } from "./scanCorpus.js";

/**
 * The stamps file, beside the snapshot in the cache folder: each corpus file's stamp and the
 * digest of its text when last read, so that the next start reads only the files whose stamp
 * changed (as git's index spares git from reading unchanged files). Its name lacks the
 * snapshots' `newsdesk-` prefix, so writing a snapshot does not remove it.
 */
export const STAMPS_FILE = "corpus-stamps.json";

/** The layout of {@link STAMPS_FILE}; another number is not read. */
const STAMPS_FORMAT = 1;

/**
 * How long after a file was read its times must lie behind it for its stamp to be kept: a
 * file written in the same clock tick as its `stat` (a coarse file system counts whole
 * seconds, FAT two) could change again without changing its stamp ("racily clean", in git's
 * words). Such a file is read again at the next start instead.
 */
const RACY_MS = 3_000;

/**
 * The stamps kept for the corpus folder `directory` in `cacheDir`, as scanned files
 * known only by stamp and digest; empty when there are none, they are for another folder, or
 * the file is unreadable or not what {@link writeStamps} writes (they only save time).
 */
export async function readStamps(
  cacheDir: string,
  directory: string,
): Promise<Map<string, ScannedFile>> {
  const known = new Map<string, ScannedFile>();
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path.join(cacheDir, STAMPS_FILE), "utf8"));
  } catch {
    return known;
  }
  const stored = json as { format?: unknown; directory?: unknown; files?: unknown };
  const folder = path.resolve(directory);
  if (
    stored.format !== STAMPS_FORMAT ||
    stored.directory !== folder ||
    !Array.isArray(stored.files)
  )
    return known;
  for (const entry of stored.files as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 3) return new Map();
    const [file, stamp, digest] = entry as unknown[];
    if (typeof file !== "string" || typeof stamp !== "string" || typeof digest !== "string")
      return new Map();
    known.set(file, { stamp, digest, file: null, readAt: Number.POSITIVE_INFINITY });
  }
  return known;
}

/**
 * Keeps the stamps of `files` (a scan of the corpus folder `directory`) in `cacheDir`,
 * atomically. Left out: files that could not be read (read again each time, as their reason
 * may depend on the configuration) and files changed too close to their own read to trust
 * their stamp (see {@link RACY_MS}; each file's own read time, as a reload re-reads only some).
 */
export async function writeStamps(
  cacheDir: string,
  directory: string,
  files: ReadonlyMap<string, ScannedFile>,
): Promise<void> {
  const kept: Array<[string, string, string]> = [];
  for (const [file, scanned] of files) {
    if (scanned.digest.startsWith("!")) continue;
    const [modified, changed] = scanned.stamp.split(":").map(Number);
    if (!(Math.max(modified ?? NaN, changed ?? NaN) < scanned.readAt - RACY_MS)) continue;
    kept.push([file, scanned.stamp, scanned.digest]);
  }
  await mkdir(cacheDir, { recursive: true });
  const target = path.join(cacheDir, STAMPS_FILE);
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(
    temporary,
    JSON.stringify({ format: STAMPS_FORMAT, directory: path.resolve(directory), files: kept }),
  );
  await rename(temporary, target);
}
