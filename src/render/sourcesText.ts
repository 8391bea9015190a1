import type { SourcesResult } from "../../commands/sources.js";
import { formatDate } from "./formatDate.js";

/** `/sources` for the terminal: one line per article, newest first. */
export function renderSourcesText(result: SourcesResult): string {
  if (result.articles.length === 0) return "The corpus has no articles.";
  return result.articles
    .map((a) => {
      const details = [a.source, a.published ? formatDate(a.published) : "undated"].filter(Boolean);
      return `- ${a.title} (${details.join(", ")}) [${a.articleId}]${a.url ? `\n  ${a.url}` : ""}`;
    })
    .join("\n");
}
