import { stat } from "node:fs/promises";
import { eachFileInBatches, openCorpusFolder, type CorpusFile, type ListedFile } from "./load.js";
import { DEFAULT_MAX_ARTICLE_BYTES, readArticleFile } from "./readArticleFile.js";

/** A corpus file as last read: its stamp (change time and size) and its text or read error. */
export interface ScannedFile {
  readonly stamp: string;
  readonly file: CorpusFile;
}

/** What changed in the corpus folder since the last scan. */
export interface CorpusScan {
  /** Every article file now, by path relative to the folder (with `/`), in name order. */
  readonly files: ReadonlyMap<string, ScannedFile>;
  /** Paths that are new or whose stamp changed (their text was read again). */
  readonly changed: readonly string[];
  /** Paths that are gone. */
  readonly removed: readonly string[];
}

/**
 * Lists the corpus folder and reads again only the files whose stamp (modification time,
 * change time and size) differs from `previous`: a scan of a large corpus costs a `stat` per
 * file, not a read. Files are read as the loader reads them (links leaving the folder, pipes
 * and devices, files over `maxBytes` come back as errors). Throws a CorpusError when the folder
 * itself cannot be read.
 */
export async function scanCorpus(
  directory: string,
  previous: ReadonlyMap<string, ScannedFile>,
  maxBytes = DEFAULT_MAX_ARTICLE_BYTES,
): Promise<CorpusScan> {
  const { root, files: listed } = await openCorpusFolder(directory);
  const scanned = await eachFileInBatches(
    listed,
    async (listed) =>
      [
        listed.relative,
        await scanFile(root, listed, previous.get(listed.relative), maxBytes),
      ] as const,
  );
  const files = new Map(scanned);
  const changed = scanned
    .filter(([relative, now]) => now !== previous.get(relative))
    .map(([relative]) => relative);
  const removed = [...previous.keys()].filter((p) => !files.has(p));
  return { files, changed, removed };
}

/** The file as scanned now: `before` itself when its stamp is unchanged. */
async function scanFile(
  root: string,
  { file, relative, real }: ListedFile,
  before: ScannedFile | undefined,
  maxBytes: number,
): Promise<ScannedFile> {
  try {
    const info = await stat(file);
    const stamp = `${info.mtimeMs}:${info.ctimeMs}:${info.size}`;
    if (before?.stamp === stamp) return before;
    return { stamp, file: { path: relative, ...readArticleFile(root, file, maxBytes, real) } };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    return {
      stamp: `error:${code}`,
      file: { path: relative, error: `cannot read file (${code})` },
    };
  }
}
