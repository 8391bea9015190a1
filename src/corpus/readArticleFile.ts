import { constants, type Stats } from "node:fs";
import { open, realpath } from "node:fs/promises";
import path from "node:path";

/** Largest article file read when `MAX_ARTICLE_KB` is not set: 1 MB, far above any news article. */
export const DEFAULT_MAX_ARTICLE_BYTES = 1024 * 1024;

/** One article file's text, or why it was not read (shown with its path, and the file skipped). */
export type ArticleRead = { readonly text: string } | { readonly error: string };

/**
 * Reads one article file safely: a link whose target lies outside the corpus folder (`root`,
 * already resolved with `realpath`) is not followed, anything but a regular file (a FIFO, a
 * socket, a device, a folder) is not read, and a file over `maxBytes` is not read either. The
 * file is opened without blocking and checked through its open descriptor, so a FIFO cannot
 * hang start-up and a file swapped between the check and the read is still the one checked.
 */
export async function readArticleFile(
  root: string,
  file: string,
  maxBytes: number,
): Promise<ArticleRead> {
  let target: string;
  try {
    target = await realpath(file);
  } catch (error) {
    return { error: cannotRead(error) };
  }
  const inside = path.relative(root, target);
  if (inside === "" || inside.startsWith("..") || path.isAbsolute(inside))
    return { error: "links outside the corpus folder are not followed" };
  let handle;
  try {
    handle = await open(target, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    return { error: cannotRead(error) };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { error: `not a regular file (${kindOf(stat)})` };
    if (stat.size > maxBytes)
      return {
        error: `file is ${sizeOf(stat.size)}, over the ${sizeOf(maxBytes)} limit (raise MAX_ARTICLE_KB to load it)`,
      };
    const bytes = await handle.readFile();
    // The file may have grown since the check.
    if (bytes.length > maxBytes)
      return {
        error: `file is over the ${sizeOf(maxBytes)} limit (raise MAX_ARTICLE_KB to load it)`,
      };
    return { text: bytes.toString("utf8") };
  } catch (error) {
    return { error: cannotRead(error) };
  } finally {
    await handle.close();
  }
}

function kindOf(stat: Stats): string {
  if (stat.isFIFO()) return "a named pipe";
  if (stat.isSocket()) return "a socket";
  if (stat.isDirectory()) return "a folder";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  return "not a file";
}

function sizeOf(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

function cannotRead(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return `cannot read file (${code ?? String(error)})`;
}
