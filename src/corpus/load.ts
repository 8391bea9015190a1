import { normalizeText } from "../text/normalize.js";
import { articleKind } from "./articleNames.js";
import { cleanBody } from "./clean.js";
import { eachFileInBatches } from "./eachFileInBatches.js";
import { parseArticleFile } from "./frontMatter.js";
import { openCorpusFolder } from "./openCorpusFolder.js";
import { DEFAULT_MAX_ARTICLE_BYTES, readArticleFile } from "./readArticleFile.js";
import type { Article, CleaningReport, CorpusProblem } from "./types.js";

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
      const parsed = parseArticleFile(file.text, articleKind(relative));
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

function reasonOf(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code ? `cannot read file (${code})` : error.message;
  }
  return String(error);
}
