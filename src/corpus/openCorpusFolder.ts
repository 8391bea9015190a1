import { readdirSync, realpathSync } from "node:fs";
import path from "node:path";
import { CorpusError } from "../errors.js";
import { hasArticleExtension, isReadName } from "./articleNames.js";

/** An article file of a corpus folder: its full path, and its path relative to the folder. */
export interface ListedFile {
  readonly file: string;
  /** Relative to the corpus folder, with `/`: the file's name in reports and in the index. */
  readonly relative: string;
  /**
   * Its real path when the listing shows it is no link (so the file system need not be asked),
   * else null.
   */
  readonly real: string | null;
}

/** A corpus folder as listed: its real path, its article files and the folders it entered. */
export interface CorpusListing {
  /** The folder's real path (links are checked against it). */
  readonly root: string;
  readonly files: ListedFile[];
  /** `directory` and every folder under it that was read, as full paths. */
  readonly folders: string[];
}

/**
 * The article files under `directory`, the folders read and the folder's real path; a
 * CorpusError naming the folder when it cannot be read. Shared by the loader and the
 * watcher's scan, whose folders the watch then follows (one listing per change). Synchronous,
 * as the reads are: a folder lists in a millisecond, less than a thread-pool round trip costs
 * on a loaded machine.
 */
export function openCorpusFolder(directory: string): CorpusListing {
  try {
    const folders: string[] = [];
    const files = listArticleFiles(directory, folders);
    const root = realpathSync.native(directory);
    return {
      root,
      folders,
      files: files.map(({ file, relative, link }) => ({
        file,
        relative: path.sep === "/" ? relative : relative.split(path.sep).join("/"),
        // The listing enters real folders only, so a file that is no link lies at root/relative.
        real: link ? null : `${root}${path.sep}${relative}`,
      })),
    };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    throw new CorpusError(`corpus: cannot read folder ${directory} (${code})`, { cause: error });
  }
}

/**
 * The article files under `directory` (sub-folders included), in name order: each one's full
 * path, its path relative to `directory` (with the system's separator) and whether it is a
 * link. `folders`, when given, gets every folder listed. Paths are joined as strings, not by
 * `path.join` and `path.relative`, which took as long as the listing itself at BBC size.
 */
export function listArticleFiles(
  directory: string,
  folders: string[] = [],
  within = "",
): { file: string; relative: string; link: boolean }[] {
  const entries = readdirSync(directory, { withFileTypes: true });
  folders.push(directory);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: { file: string; relative: string; link: boolean }[] = [];
  const base = directory.endsWith(path.sep) ? directory : `${directory}${path.sep}`;
  for (const entry of entries) {
    if (!isReadName(entry.name)) continue;
    const full = `${base}${entry.name}`;
    const relative = `${within}${entry.name}`;
    if (entry.isDirectory())
      files.push(...listArticleFiles(full, folders, `${relative}${path.sep}`));
    // Anything else with an article's extension is listed, so that a link, a pipe or a device
    // named like an article is reported with its reason rather than silently ignored.
    else if (hasArticleExtension(entry.name))
      files.push({ file: full, relative, link: entry.isSymbolicLink() });
  }
  return files;
}
