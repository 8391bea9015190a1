import path from "node:path";

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

/**
 * How the loader reads a file of this name: Markdown with front matter, or plain text (also
 * for a name without an article extension, which only a caller's own list can hold).
 */
export function articleKind(name: string): "markdown" | "text" {
  return KINDS[path.extname(name).toLowerCase()] ?? "text";
}

/** Whether a file of this name has an article's extension (whatever else its name says). */
export function hasArticleExtension(name: string): boolean {
  return path.extname(name).toLowerCase() in KINDS;
}

/**
 * Whether the loader reads a file of this name as an article: an article extension, not hidden
 * (`.`, `_`), and not a folder's README, LICENSE and the like.
 */
export function isArticleName(name: string): boolean {
  return isReadName(name) && hasArticleExtension(name);
}

/**
 * Whether the loader enters a folder or reads a file of this name at all: not hidden (`.`, `_`),
 * and not a README, LICENSE and the like. The corpus watch follows the same folders.
 */
export function isReadName(name: string): boolean {
  return !name.startsWith(".") && !name.startsWith("_") && !NOT_ARTICLES.test(name);
}
