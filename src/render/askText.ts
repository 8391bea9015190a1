import type { AskResult } from "../answer/ask.js";
import type { Citation } from "../answer/citation.js";
import { citationJson } from "./citationJson.js";
import { formatDate } from "./formatDate.js";

/** One source line: `[1] Title — publisher, 3 July 2025, paragraph 4`. */
export function sourceLine(c: Citation): string {
  const details = [
    c.source,
    c.published ? formatDate(c.published) : null,
    `paragraph ${c.paragraph}`,
  ];
  const line = `[${c.n}] ${c.title} — ${details.filter(Boolean).join(", ")}`;
  return c.url ? `${line}\n    ${c.url}` : line;
}

/** The line that says which earlier question a follow-up was read against. */
export function followUpLine(result: AskResult): string | null {
  return result.followUp ? `Read as a follow-up to: ${result.followUp.to}` : null;
}

/**
 * `/ask` for the terminal: which question a follow-up was read against, the answer, the date
 * it holds as of, then the sources.
 */
export function renderAskText(result: AskResult): string {
  const lead = followUpLine(result);
  const body = askBody(result);
  return lead === null ? body : `${lead}\n\n${body}`;
}

function askBody(result: AskResult): string {
  if (result.abstained) {
    const lines = [result.answer];
    if (result.closest.length > 0) {
      lines.push("", "Closest articles:");
      for (const a of result.closest)
        lines.push(`- ${a.title}${a.published ? ` (${formatDate(a.published)})` : ""}`);
    }
    return lines.join("\n");
  }
  const lines = [result.answer];
  if (result.asOf) lines.push("", `As of ${formatDate(result.asOf)}.`);
  lines.push("", "Sources:", ...result.citations.map(sourceLine));
  return lines.join("\n");
}

/** `/ask` as one JSON object, for scripts. */
export function askJson(result: AskResult): Record<string, unknown> {
  return {
    question: result.question,
    abstained: result.abstained,
    answer: result.answer,
    asOf: result.asOf,
    citations: result.citations.map(citationJson),
    closest: result.closest,
    followUpTo: result.followUp?.to ?? null,
  };
}
