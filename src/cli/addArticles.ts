import { readFile, realpath, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { isArticleName } from "../corpus/articleNames.js";
import { parseCorpusFiles } from "../corpus/load.js";
import { DEFAULT_MAX_ARTICLE_BYTES, readArticleFile } from "../corpus/readArticleFile.js";
import { count } from "../text/count.js";

/** What `newsdesk add` printed, and how it ended. */
export interface Added {
  readonly stdout: string;
  readonly stderr: string;
  /** 0 all added, 2 nothing added (a file was missing, bad or in the way). */
  readonly exitCode: 0 | 2;
}

/**
 * `newsdesk add FILE…`: checks each file as the loader would (a name the loader reads as an
 * article, a regular file within `maxBytes`, valid front matter, a title and a body) and, only when every one passes, copies them into
 * the corpus folder under their own names. Each copy is written beside its place under a
 * hidden name and renamed into it, so a running bot never reads half a file. A name the
 * corpus already holds with other text is refused: removing an article is a deliberate act.
 */
export async function addArticles(
  files: readonly string[],
  corpusDir: string,
  maxBytes = DEFAULT_MAX_ARTICLE_BYTES,
): Promise<Added> {
  if (files.length === 0)
    return fail(["usage: newsdesk add FILE… (articles as .md with front matter, or .txt)"]);
  const problems: string[] = [];
  const ready: Array<{ name: string; text: string }> = [];
  for (const file of files) {
    const name = path.basename(file);
    if (!isArticleName(name)) {
      problems.push(
        `${file}: not an article file (use .md, .markdown or .txt; not starting with . or _, not README or LICENSE)`,
      );
      continue;
    }
    // Read as the loader reads it: a regular file, within the size limit, a link only within
    // its own folder.
    const full = path.resolve(file);
    const folder = await realpath(path.dirname(full)).catch(() => path.dirname(full));
    const read = readArticleFile(folder, full, maxBytes);
    if ("error" in read) {
      problems.push(`${file}: ${read.error}`);
      continue;
    }
    const { text } = read;
    const problem = parseCorpusFiles([{ path: name, text }]).problems[0];
    if (problem) problems.push(`${file}: ${problem.reason}`);
    else if (ready.some((r) => r.name === name)) problems.push(`${file}: named twice`);
    else {
      const existing = await readFile(path.join(corpusDir, name), "utf8").catch(() => null);
      if (existing !== null && existing !== text)
        problems.push(`${file}: the corpus already has a different ${name}; rename the new one`);
      else ready.push({ name, text });
    }
  }
  if (problems.length > 0) return fail([...problems, "Nothing was added."]);
  for (const { name, text } of ready) {
    const hidden = path.join(corpusDir, `.${name}.${process.pid}.tmp`);
    await writeFile(hidden, text);
    await rename(hidden, path.join(corpusDir, name));
  }
  return {
    stdout:
      `Added ${count(ready.length, "article")} to ${corpusDir}: ${ready.map((r) => r.name).join(", ")}.\n` +
      "A running bot or console serves them within a few seconds; `newsdesk corpus` shows the corpus.",
    stderr: "",
    exitCode: 0,
  };
}

function fail(lines: readonly string[]): Added {
  return { stdout: "", stderr: lines.map((l) => `newsdesk add: ${l}`).join("\n"), exitCode: 2 };
}
