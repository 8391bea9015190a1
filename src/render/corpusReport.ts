import { count } from "../text/count.js";
import type { CleaningReport } from "../corpus/types.js";
import type { CorpusReport } from "../knowledge/knowledge.js";

/**
 * The corpus report for the terminal: what loaded, what cleaning removed, what was skipped,
 * and which copies of a story were left out for which kept copy, and why.
 */
export function renderCorpusReport(report: CorpusReport): string {
  const lines = [
    `Corpus: ${report.directory}`,
    `${count(report.articles, "article")}, ${count(report.passages, "passage")}`,
  ];
  const cleaned = report.cleaning
    .map((c) => [c.articleId, describeCleaning(c)] as const)
    .filter(([, d]) => d);
  if (cleaned.length > 0) {
    lines.push("", "Cleaning:");
    for (const [id, description] of cleaned) lines.push(`  ${id}: ${description}`);
  }
  if (report.problems.length > 0) {
    lines.push("", `Skipped (${report.problems.length}):`);
    for (const p of report.problems) lines.push(`  ${p.path}: ${p.reason}`);
  }
  if (report.duplicates.length > 0) {
    lines.push("", `Near-duplicates left out (${report.duplicates.length}):`);
    for (const d of report.duplicates) {
      const shared = `${Math.round(d.similarity * 100)}% shared, ${Math.round(d.containment * 100)}% contained`;
      lines.push(`  ${d.path}: a copy of ${d.keptPath} (${shared}); kept ${d.keptId}: ${d.why}`);
    }
  }
  if (report.warnings.length > 0) {
    lines.push("", "Warnings:");
    for (const w of report.warnings) lines.push(`  ${w.path}: ${w.reason}`);
  }
  return lines.join("\n");
}

/** `dropped 2 repeated headlines, 1 repeated paragraph`, or "" when cleaning changed nothing. */
export function describeCleaning(c: CleaningReport): string {
  const parts = [
    plural(c.droppedHeadlines, "repeated headline"),
    plural(c.droppedDuplicateParagraphs, "repeated paragraph"),
    plural(c.strayQuotes, "stray quotation mark"),
    plural(
      c.joinedSentences,
      "missing space between sentences",
      "missing spaces between sentences",
    ),
  ].filter(Boolean);
  return parts.length > 0 ? `removed or fixed ${parts.join(", ")}` : "";
}

/** A count worth mentioning, or "" for none. */
function plural(n: number, one: string, many?: string): string {
  return n === 0 ? "" : count(n, one, many);
}
