import type { SpeakersResult } from "../../commands/speakers.js";
import type { QuoteResult, SpeakerSummary } from "../quotes/quote.js";
import { sourceLine } from "./askText.js";
import { citationJson } from "./citationJson.js";
import { count } from "../text/count.js";

/**
 * Quotes a terminal lists before asking to narrow them: a much-quoted politician has hundreds,
 * which scroll the question off the screen (Discord pages them instead).
 */
export const QUOTES_IN_TERMINAL = 10;

/** `Name — role (n quotes)`. */
export function speakerLabel(s: SpeakerSummary): string {
  return `${s.name}${s.role ? ` — ${s.role}` : ""} (${count(s.quoteCount, "quote")})`;
}

/** The words that say what a non-match means, shared by the terminal and Discord. */
export function quoteNotice(result: QuoteResult): string {
  switch (result.kind) {
    case "match":
      return result.quotes.length === 0
        ? `${result.speaker.name} has ${count(result.allQuotes, "direct quote")} in the articles, none about “${result.about ?? ""}”.`
        : "";
    case "ambiguous":
      return `“${result.query}” could be ${result.candidates.length} people or bodies. Which one?`;
    case "unquoted":
      return `${result.speaker.name}${result.speaker.role ? `, ${result.speaker.role},` : ""} is mentioned in the articles but never quoted directly.`;
    case "unknown":
      return result.suggestions.length > 0
        ? `Nobody called “${result.query}” is quoted or named in the articles. Closest names: ${result.suggestions.map((s) => s.name).join(", ")}.`
        : `Nobody called “${result.query}” is quoted or named in the articles.`;
  }
}

/** `/quote` for the terminal. */
export function renderQuoteText(result: QuoteResult): string {
  const notice = quoteNotice(result);
  if (result.kind === "ambiguous") {
    const lines = result.candidates.map((c) => `- ${speakerLabel(c)}   → quote "${c.id}"`);
    return [notice, ...lines].join("\n");
  }
  if (result.kind === "unknown") return notice;
  if (result.kind === "unquoted") {
    return [
      notice,
      `Mentioned in: ${result.mentions.map((n) => `[${n}]`).join(" ")}`,
      "",
      "Sources:",
      ...result.citations.map(sourceLine),
    ].join("\n");
  }
  const lines = [speakerLabel(result.speaker)];
  if (notice) return [lines[0], notice].join("\n");
  const shown = result.quotes.slice(0, QUOTES_IN_TERMINAL);
  for (const q of shown) {
    lines.push(
      "",
      `“${q.text}”${q.partial ? " (partial)" : ""} ${q.citations.map((n) => `[${n}]`).join("")}`,
      `    ${q.context}`,
    );
  }
  const hidden = result.quotes.length - shown.length;
  if (hidden > 0)
    lines.push(
      "",
      `The first ${shown.length} of ${count(result.quotes.length, "quote")}; narrow them with --about <words>, or --json lists every one.`,
    );
  const cited = new Set(shown.flatMap((q) => q.citations));
  lines.push("", "Sources:", ...result.citations.filter((c) => cited.has(c.n)).map(sourceLine));
  return lines.join("\n");
}

/** `/quote` as one JSON object. */
export function quoteJson(result: QuoteResult): Record<string, unknown> {
  const speaker = result.kind === "match" || result.kind === "unquoted" ? result.speaker : null;
  const candidates =
    result.kind === "ambiguous"
      ? result.candidates
      : result.kind === "unknown"
        ? result.suggestions
        : [];
  const byNumber = new Map(
    ("citations" in result ? result.citations : []).map((c) => [c.n, citationJson(c)]),
  );
  return {
    query: result.query,
    status: result.kind,
    speaker: speaker
      ? { id: speaker.id, name: speaker.name, aliases: speaker.aliases, role: speaker.role }
      : null,
    candidates: candidates.map((c) => ({
      id: c.id,
      name: c.name,
      aliases: c.aliases,
      role: c.role,
      quotes: c.quoteCount,
    })),
    quotes:
      result.kind === "match"
        ? result.quotes.map((q) => ({
            text: q.text,
            partial: q.partial,
            context: q.context,
            citations: q.citations.map((n) => byNumber.get(n)),
          }))
        : [],
    mentions: result.kind === "unquoted" ? result.mentions.map((n) => byNumber.get(n)) : [],
    message: quoteNotice(result) || null,
  };
}

/** `speakers` for the terminal. */
export function renderSpeakersText(result: SpeakersResult): string {
  if (result.speakers.length === 0) return "Nobody is quoted or named in the articles.";
  const quoted = result.speakers.filter((s) => s.quoteCount > 0);
  const named = result.speakers.filter((s) => s.quoteCount === 0);
  const lines = ["Quoted:", ...quoted.map((s) => `  ${speakerLabel(s)}`)];
  if (named.length > 0)
    lines.push(
      "",
      "Mentioned, never quoted:",
      ...named.map((s) => `  ${s.name}${s.role ? ` — ${s.role}` : ""}`),
    );
  return lines.join("\n");
}
