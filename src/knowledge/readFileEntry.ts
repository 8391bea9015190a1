import type { ArticleParts } from "./articleParts.js";
import { parseCorpusFiles } from "../corpus/load.js";
import type { ScannedFile } from "../corpus/scanCorpus.js";
import type { Article } from "../corpus/types.js";

/** One corpus file of the knowledge store: as last scanned, and the article it gives (or why it gives none). */
export interface FileEntry {
  readonly scanned: ScannedFile;
  /** The article served for this file: its last good version when the file turned bad. */
  readonly article: Article | null;
  readonly problem: string | null;
  readonly warnings: readonly string[];
  /** The digest of the text `article` was read from (the snapshot's key hashes what is served). */
  readonly goodDigest: string | null;
}

/**
 * Reads one scanned file as the loader does, keeping its cleaning counts in `parts`; a bad
 * file that had a good version (`before`) keeps it, its reason saying so.
 */
export function readFileEntry(
  scanned: ScannedFile,
  before: FileEntry | undefined,
  parts: ArticleParts,
): FileEntry {
  // A scan reads every file it reports as changed; one known only by its stamp was not read.
  const file = scanned.file ?? { path: "", error: "was not read" };
  const loaded = parseCorpusFiles([file]);
  const article = loaded.articles[0];
  const warnings = loaded.warnings.map((w) => w.reason);
  if (article) {
    const counts = loaded.cleaning[0];
    if (counts) parts.setCleaning(article, counts);
    return { scanned, article, problem: null, warnings, goodDigest: scanned.digest };
  }
  const reason = loaded.problems[0]?.reason ?? "cannot be loaded";
  if (before?.article)
    return { ...before, scanned, problem: `${reason} (serving its last good version)` };
  return { scanned, article: null, problem: reason, warnings, goodDigest: null };
}
