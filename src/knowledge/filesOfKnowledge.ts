import type { ArticleParts } from "./articleParts.js";
import type { ScannedFile } from "../corpus/scanCorpus.js";
import type { Passage } from "../corpus/types.js";
import type { Knowledge } from "./knowledge.js";
import { readFileEntry, type FileEntry } from "./readFileEntry.js";

/**
 * The corpus files the knowledge store starts from, for `knowledge` as built: each served
 * file's article is taken from the knowledge (its cleaning counts and passages go to `parts`),
 * each skipped file keeps its reason, and only the files left out as copies are read again, to
 * be served if their kept copy goes (`built` must hold their texts). `built` holds the stamps
 * the knowledge was built from: each file keeps its built stamp (so the first reload finds it
 * changed or removed), and a file the knowledge does not know is left out (so the first reload
 * adds it).
 */
export function filesOfKnowledge(
  knowledge: Knowledge,
  built: ReadonlyMap<string, ScannedFile>,
  parts: ArticleParts,
): Map<string, FileEntry> {
  const { report } = knowledge;
  const problems = new Map(report.problems.map((p) => [p.path, p.reason]));
  const copies = new Set(report.duplicates.map((d) => d.path));
  const cleaning = new Map(report.cleaning.map((c) => [c.articleId, c]));
  const byPath = new Map([...knowledge.articles.values()].map((a) => [a.path, a]));
  const files = new Map<string, FileEntry>();
  for (const [path, file] of built) {
    const live = byPath.get(path);
    const warnings = report.warnings.filter((w) => w.path === path).map((w) => w.reason);
    if (live) {
      files.set(path, {
        scanned: file,
        article: live,
        problem: null,
        warnings,
        goodDigest: file.digest,
      });
      const counts = cleaning.get(live.id);
      if (counts) parts.setCleaning(live, counts);
    } else if (copies.has(path)) {
      files.set(path, readFileEntry(file, undefined, parts));
    } else if (problems.has(path)) {
      const problem = problems.get(path) ?? null;
      files.set(path, { scanned: file, article: null, problem, warnings, goodDigest: null });
    }
  }
  const byArticle = new Map<string, Passage[]>();
  for (const p of knowledge.passages) {
    const list = byArticle.get(p.articleId);
    if (list) list.push(p);
    else byArticle.set(p.articleId, [p]);
  }
  for (const article of knowledge.articles.values())
    parts.setPassages(article, byArticle.get(article.id) ?? []);
  return files;
}
