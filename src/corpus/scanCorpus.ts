import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { eachFileInBatches } from "./eachFileInBatches.js";
import type { CorpusFile } from "./load.js";
import { openCorpusFolder, type CorpusListing, type ListedFile } from "./openCorpusFolder.js";
import { DEFAULT_MAX_ARTICLE_BYTES, readArticleFile } from "./readArticleFile.js";

/** A corpus file as last scanned: its stamp, the digest of what it held, and what was read. */
export interface ScannedFile {
  /**
   * Modification time, change time, size and inode, as git's index and make compare them: an
   * edit changes the change time even when the modification time is set back.
   */
  readonly stamp: string;
  /** What the file held: a hash of its text, or `!` and why it could not be read. */
  readonly digest: string;
  /**
   * The file as read; null when its stamp matched one kept from an earlier process (see
   * `corpusStamps`), so it was not read.
   */
  readonly file: CorpusFile | null;
  /**
   * When the file was stat'ed for `stamp` (epoch ms): its stamp is trusted only when the file's
   * times lie well behind it (see `writeStamps`). Infinite for a stamp kept from an earlier
   * process, which was trusted when it was kept.
   */
  readonly readAt: number;
}

/** A corpus scan: every file's stamp and digest (and text, when read). */
export interface CorpusScanned {
  readonly files: ReadonlyMap<string, ScannedFile>;
  /**
   * The folder's listing the scan was made from, when it was one: a file known only by its
   * stamp is read from it ({@link readUnread}) and the watch follows its folders, without the
   * folder being listed again.
   */
  readonly listing?: CorpusListing;
}

/** What changed in the corpus folder since the last scan. */
export interface CorpusScan {
  /** Every article file now, by path relative to the folder (with `/`), in name order. */
  readonly files: ReadonlyMap<string, ScannedFile>;
  /** Paths that are new or whose stamp changed (their text was read again). */
  readonly changed: readonly string[];
  /** Paths that are gone. */
  readonly removed: readonly string[];
  /** The listing the scan made (its `folders`: every folder the loader reads, full paths). */
  readonly listing: CorpusListing;
}

/**
 * Lists the corpus folder and reads again only the files whose stamp (see
 * {@link ScannedFile.stamp}) differs from `previous`: a scan of a large corpus costs a `stat`
 * per file, not a read. Files are read as the loader reads them (links leaving the folder,
 * pipes and devices, files over `maxBytes` come back as errors). Throws a CorpusError when the
 * folder itself cannot be read.
 */
export async function scanCorpus(
  directory: string,
  previous: ReadonlyMap<string, ScannedFile>,
  maxBytes = DEFAULT_MAX_ARTICLE_BYTES,
): Promise<CorpusScan> {
  const listing = openCorpusFolder(directory);
  const { root, files: listed } = listing;
  const scanned = await eachFileInBatches(
    listed,
    (listed) =>
      [listed.relative, scanFile(root, listed, previous.get(listed.relative), maxBytes)] as const,
  );
  const files = new Map(scanned);
  const changed = scanned
    .filter(([relative, now]) => now !== previous.get(relative))
    .map(([relative]) => relative);
  const removed = [...previous.keys()].filter((p) => !files.has(p));
  return { files, changed, removed, listing };
}

/**
 * `scan` with the files it knew only by their stamp (see {@link ScannedFile.file}) read now,
 * from its listing, those `wanted` says only (default: all): what a build needs from a scan
 * made for a snapshot's key. `same` tells whether every file read holds what its kept digest
 * said (then a key hashed from the scan still fits).
 */
export async function readUnread(
  scan: Required<CorpusScanned>,
  maxBytes = DEFAULT_MAX_ARTICLE_BYTES,
  wanted: (path: string) => boolean = () => true,
): Promise<{ scan: Required<CorpusScanned>; same: boolean }> {
  const { root, files: listed } = scan.listing;
  const unread = listed.filter(
    (l) => scan.files.get(l.relative)?.file === null && wanted(l.relative),
  );
  if (unread.length === 0) return { scan, same: true };
  const read = await eachFileInBatches(
    unread,
    (l) => [l.relative, scanFile(root, l, undefined, maxBytes)] as const,
  );
  const files = new Map(scan.files);
  let same = true;
  for (const [relative, now] of read) {
    same &&= now.digest === files.get(relative)?.digest;
    files.set(relative, now);
  }
  return { scan: { files, listing: scan.listing }, same };
}

/** The digest of a file as read (see {@link ScannedFile.digest}). */
export function digestOf(file: CorpusFile): string {
  if ("error" in file) return `!${file.error}`;
  return createHash("sha256").update(file.text).digest("hex").slice(0, 32);
}

/** The file as scanned now: `before` itself when its stamp is unchanged. */
function scanFile(
  root: string,
  { file, relative, real }: ListedFile,
  before: ScannedFile | undefined,
  maxBytes: number,
): ScannedFile {
  // Taken before the stat, so a change in the same tick lies after it.
  const readAt = Date.now();
  try {
    const info = statSync(file);
    const stamp = `${info.mtimeMs}:${info.ctimeMs}:${info.size}:${info.ino}`;
    // A file known only by its stamp was within the size limit then; the limit may be lower now.
    if (before?.stamp === stamp && (before.file !== null || info.size <= maxBytes)) return before;
    const read = { path: relative, ...readArticleFile(root, file, maxBytes, real) };
    return { stamp, digest: digestOf(read), file: read, readAt };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    const read = { path: relative, error: `cannot read file (${code})` };
    return { stamp: `error:${code}`, digest: digestOf(read), file: read, readAt };
  }
}
