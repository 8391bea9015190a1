import { count } from "../text/count.js";
import type { HelpResult } from "../../commands/help.js";
import { formatDate } from "./formatDate.js";

/** One line on what the corpus covers: `2 articles (20 passages), 3 July 2025 – 3 July 2025`. */
export function coverageLine(help: HelpResult): string {
  const range =
    help.from && help.to
      ? help.from === help.to
        ? `, published ${formatDate(help.from)}`
        : `, published ${formatDate(help.from)} – ${formatDate(help.to)}`
      : "";
  return `${count(help.articles, "article")} (${count(help.passages, "passage")})${range}`;
}

/** `/help` for the terminal. */
export function renderHelpText(help: HelpResult): string {
  const lines = [
    "Newsdesk answers questions from its articles only, and cites every sentence.",
    `Corpus: ${coverageLine(help)}.`,
    "",
    "Commands:",
  ];
  for (const c of help.commands) lines.push(`  ${c.name.padEnd(9)} ${c.description}`);
  lines.push(`  ${"corpus".padEnd(9)} What the corpus holds: passages, cleaning, skipped files.`);
  lines.push(
    `  ${"index".padEnd(9)} Rebuild the persisted index now (start-up loads it when valid).`,
  );
  lines.push("", "One-shot: newsdesk ask <question> [--json]. Console lines: /ask <question>.");
  return lines.join("\n");
}
