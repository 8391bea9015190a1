import { readdirSync, realpathSync } from "node:fs";
import path from "node:path";
import { CorpusError } from "../errors.js";
import { normalizeText } from "../text/normalize.js";
import { cleanBody } from "./clean.js";
import { parseArticleFile } from "./frontMatter.js";
import { DEFAULT_MAX_ARTICLE_BYTES, readArticleFile } from "./readArticleFile.js";
import type { Article, CleaningReport, CorpusProblem } from "./types.js";

/** Extensions read as articles; any other file in the corpus folder is ignored. */
const KINDS: Readonly<Record<string, "markdown" | "text">> = {
  ".md": "markdown",
  ".markdown": "markdown",
  ".txt": "text",
};

/**
 * A folder's own notes, not articles: a corpus copied from elsewhere often carries them (BBC
 * News ships `README.TXT` beside its articles).
 */
const NOT_ARTICLES = /^(readme|licen[cs]e|copying|changelog|notice)(\.[^.]+)?$/iu;

/** Files read between two turns of the event loop. */
const READ_BATCH = 64;

/** The outcome of reading a corpus folder: what loaded, and what was skipped and why. */
export interface LoadedCorpus {
  readonly articles: Article[];
  readonly cleaning: CleaningReport[];
  /** Files skipped, each with its path and reason. */
  readonly problems: CorpusProblem[];
  /** Files loaded with something worth knowing (an unknown front matter key). */
  readonly warnings: CorpusProblem[];
}

/** One candidate article file as read from disk: its text, or why it could not be read. */
export type CorpusFile =
  | { readonly path: string; readonly text: string }
  | { readonly path: string; readonly error: string };

/**
 * Reads every article under `directory` (sub-folders included, in name order). A file that
 * cannot be read, fails validation, has no body or repeats another's id is reported and
 * skipped; the rest load. Throws a CorpusError only when the folder itself cannot be read.
 */
export async function loadCorpus(
  directory: string,
  options: ReadCorpusOptions = {},
): Promise<LoadedCorpus> {
  return parseCorpusFiles(await readCorpusFiles(directory, options));
}

/** How corpus files are read. */
export interface ReadCorpusOptions {
  /** Files larger than this are skipped with a reason (default {@link DEFAULT_MAX_ARTICLE_BYTES}). */
  readonly maxFileBytes?: number;
}

/**
 * Reads the article files under `directory`; paths come back relative to it, with `/`. Links
 * leaving the folder, files that are not regular files, and files over the size limit come back
 * as errors (see {@link readArticleFile}).
 */
export async function readCorpusFiles(
  directory: string,
  options: ReadCorpusOptions = {},
): Promise<CorpusFile[]> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const { root, files } = openCorpusFolder(directory);
  return eachFileInBatches(files, ({ file, relative, real }) => ({
    path: relative,
    ...readArticleFile(root, file, maxBytes, real),
  }));
}

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
 * `work` over every file, results in order, the event loop getting a turn after every
 * {@link READ_BATCH} files. `work` is synchronous (files are read and stat'ed synchronously,
 * see `readArticleFile`: a thread-pool round trip per call cost more than the call), so a
 * scan of a large corpus would otherwise hold a running bot for its whole length.
 */
export async function eachFileInBatches<T>(
  files: readonly ListedFile[],
  work: (file: ListedFile) => T,
): Promise<T[]> {
  const done: T[] = [];
  for (let i = 0; i < files.length; i++) {
    if (i > 0 && i % READ_BATCH === 0) await new Promise((resolve) => setImmediate(resolve));
    done.push(work(files[i]!));
  }
  return done;
}

/** Parses and cleans files already read, reporting and skipping the bad ones. */
export function parseCorpusFiles(files: readonly CorpusFile[]): LoadedCorpus {
  const result: LoadedCorpus = { articles: [], cleaning: [], problems: [], warnings: [] };
  const idPaths = new Map<string, string>();
  for (const file of files) {
    const relative = file.path;
    const id = relative.replace(/\.[^./]+$/u, "");
    const earlier = idPaths.get(id);
    if (earlier !== undefined) {
      result.problems.push({
        path: relative,
        reason: `duplicate id "${id}" (already loaded from ${earlier})`,
      });
      continue;
    }
    try {
      if ("error" in file) throw new Error(file.error);
      if (file.text.includes("\uFFFD")) throw new Error("file is not valid UTF-8");
      const parsed = parseArticleFile(
        file.text,
        KINDS[path.extname(relative).toLowerCase()] ?? "text",
      );
      const title = normalizeText(parsed.meta.title);
      if (title.length === 0) throw new Error("title is empty");
      const { paragraphs, counts } = cleanBody(parsed.body, title);
      if (paragraphs.length === 0) throw new Error("body is empty");
      idPaths.set(id, relative);
      const source = parsed.meta.source === null ? null : normalizeText(parsed.meta.source) || null;
      result.articles.push({ ...parsed.meta, title, source, id, path: relative, paragraphs });
      result.cleaning.push({ articleId: id, ...counts });
      for (const warning of parsed.warnings)
        result.warnings.push({ path: relative, reason: warning });
    } catch (error) {
      result.problems.push({ path: relative, reason: reasonOf(error) });
    }
  }
  return result;
}

/**
 * Whether the loader reads a file of this name as an article: an article extension, not hidden
 * (`.`, `_`), and not a folder's README, LICENSE and the like.
 */
export function isArticleName(name: string): boolean {
  return isReadName(name) && path.extname(name).toLowerCase() in KINDS;
}

/**
 * Whether the loader enters a folder or reads a file of this name at all: not hidden (`.`, `_`),
 * and not a README, LICENSE and the like. The corpus watch follows the same folders.
 */
export function isReadName(name: string): boolean {
  return !name.startsWith(".") && !name.startsWith("_") && !NOT_ARTICLES.test(name);
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
    else if (path.extname(entry.name).toLowerCase() in KINDS)
      files.push({ file: full, relative, link: entry.isSymbolicLink() });
  }
  return files;
}

function reasonOf(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code ? `cannot read file (${code})` : error.message;
  }
  return String(error);
}
