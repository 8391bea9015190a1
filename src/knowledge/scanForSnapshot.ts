import { readStamps, writeStamps } from "../corpus/corpusStamps.js";
import { scanCorpus, type CorpusScanned, type ScannedFile } from "../corpus/scanCorpus.js";
import { snapshotKey } from "../search/snapshot.js";

/** A scan made for a snapshot, and the key it gives. */
export interface SnapshotScan {
  /** With its listing: a build reads what it lacks from it, the store follows its folders. */
  readonly scan: Required<CorpusScanned>;
  readonly key: string;
  readonly keepStamps: () => Promise<void>;
}

/**
 * The corpus folder scanned against the stamps kept in `cacheDir` (reading only the files
 * whose stamp changed, see `corpusStamps`) and the snapshot key it gives; `keepStamps` stores
 * the scan's stamps when they differ from those kept (call it once the snapshot is used).
 */
export async function scanForSnapshot(
  directory: string,
  cacheDir: string,
  maxBytes: number,
): Promise<SnapshotScan> {
  const known = await readStamps(cacheDir, directory);
  const { files, changed, removed, listing } = await scanCorpus(directory, known, maxBytes);
  const key = await snapshotKey(digestsOf(files));
  const keepStamps = async (): Promise<void> => {
    if (changed.length > 0 || removed.length > 0) await keepStampsIn(cacheDir, directory, files);
  };
  return { scan: { files, listing }, key, keepStamps };
}

/** Stores stamps; they only save time, so a folder that cannot take them is no error. */
export async function keepStampsIn(
  cacheDir: string,
  directory: string,
  files: ReadonlyMap<string, ScannedFile>,
): Promise<void> {
  await writeStamps(cacheDir, directory, files).catch(() => undefined);
}

/** Each file's path and digest, as the snapshot key hashes them. */
export function digestsOf(
  files: ReadonlyMap<string, ScannedFile>,
): Array<{ path: string; digest: string }> {
  return [...files].map(([path, scanned]) => ({ path, digest: scanned.digest }));
}
