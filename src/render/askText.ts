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

/** How the terminal shows text. */
export interface TextStyle {
  /** Bold the short answer with ANSI escapes (on a terminal, not in a pipe). */
  readonly bold: boolean;
}

/** The "Showing results for …" line when the question's spelling was corrected. */
export function correctionLine(result: AskResult): string | null {
  return result.corrected === null ? null : `Showing results for “${result.corrected}”.`;
}

/** The line that says which earlier question a follow-up was read against. */
export function followUpLine(result: AskResult): string | null {
  return result.followUp ? `Read as a follow-up to: ${result.followUp.to}` : null;
}

/** The lines above an answer: which question a follow-up was read against, the correction. */
export function askHeadLines(result: AskResult): string[] {
  return [followUpLine(result), correctionLine(result)].filter((l): l is string => l !== null);
}

/**
 * `/ask` for the terminal, laid out as the Discord reply is: which question a follow-up was
 * read against and the spelling correction, if any; the short answer (bold) with its citation,
 * the cited sentences, the date it holds as of, then the sources.
 */
export function renderAskText(result: AskResult, style: TextStyle = { bold: false }): string {
  const head = askHeadLines(result);
  const body = renderAskBody(result, style);
  return head.length === 0 ? body : `${head.join("\n")}\n\n${body}`;
}

function renderAskBody(result: AskResult, style: TextStyle): string {
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
  if (result.short) {
    const fact = style.bold ? `\u001b[1m${result.short.text}\u001b[22m` : result.short.text;
    lines.unshift(`${fact} [${result.short.citation}]`, "");
  }
  if (result.asOf) lines.push("", `As of ${formatDate(result.asOf)}.`);
  lines.push("", "Sources:", ...result.citations.map(sourceLine));
  return lines.join("\n");
}

/** `/ask` as one JSON object, for scripts. */
export function askJson(result: AskResult): Record<string, unknown> {
  return {
    question: result.question,
    corrected: result.corrected,
    abstained: result.abstained,
    short: result.short,
    answer: result.answer,
    asOf: result.asOf,
    citations: result.citations.map(citationJson),
    closest: result.closest,
    followUpTo: result.followUp?.to ?? null,
  };
}
