import { resolver, type Claim, type ClaimSet, type CiteRef } from "./claims.js";
import { mentionClaims } from "./resultClaims.js";

const MARKERS = /((?:\s*\[\d+\])+)/u;

/** The numbers in a run of markers: `[1][2]` or ` [1] [2]`. */
export function markerNumbers(markers: string): number[] {
  return [...markers.matchAll(/\[(\d+)\]/gu)].map((m) => Number(m[1]));
}

/**
 * Claims of a terminal text answer (`ask`, `timeline`, `quote`): lines above "Sources:" that
 * carry `[n]` markers, and the source lines `[n] Title — …, paragraph p` they point to.
 *
 * - an answer line: each run of text before its markers is a sentence;
 * - `date  text [1][2]` (two spaces after the date): an event;
 * - `“quote” (partial) [1]`: a quote;
 * - `Mentioned in: [1] [2]`: mentions of the speaker the first line names.
 */
export function textClaims(text: string): ClaimSet {
  const problems: string[] = [];
  const [body = "", sources = ""] = text.split(/\n\nSources:\n/u);
  const listed = sourceLines(sources);
  const cite = resolver(listed, problems);
  const lines = body.split("\n");
  const claims: Claim[] = [];
  lines.forEach((line, i) => {
    if (!MARKERS.test(line)) return;
    const where = `text line ${i + 1}`;
    const mentioned = /^Mentioned in: ((?:\[\d+\] ?)+)$/u.exec(line);
    if (mentioned) {
      const name = /^(.+?)(?:, | is mentioned)/u.exec(lines[0] ?? "")?.[1] ?? "";
      claims.push(...mentionClaims(name, cite(markerNumbers(mentioned[1] ?? ""), where), where));
      return;
    }
    const quote = /^“(.*)”(?: \(partial\))? ((?:\[\d+\])+)$/u.exec(line);
    if (quote) {
      const cites = cite(markerNumbers(quote[2] ?? ""), where);
      claims.push({ kind: "quote", text: quote[1] ?? "", where, cites });
      return;
    }
    const event = /^([\p{L}\p{N} –-]*\p{N}[\p{L}\p{N} –-]*\*?) {2,}(.*?) ((?:\[\d+\])+)$/u.exec(
      line,
    );
    if (event) {
      const cites = cite(markerNumbers(event[3] ?? ""), where);
      claims.push({ kind: "event", text: event[2] ?? "", where, cites });
      return;
    }
    for (const [j, m] of [...line.matchAll(/(.+?)((?:\s*\[\d+\])+)(?=\s|$)/gu)].entries()) {
      const at = `${where} sentence ${j + 1}`;
      const cites = cite(markerNumbers(m[2] ?? ""), at);
      claims.push({ kind: "sentence", text: (m[1] ?? "").trim(), where: at, cites });
    }
  });
  return { claims, listed, problems };
}

/** `[n] Title — publisher, 3 July 2025, paragraph 4` (a URL may follow on its own line). */
function sourceLines(text: string): CiteRef[] {
  return text.split("\n").flatMap((line) => {
    const m = /^\[(\d+)\] (.*) — .*?paragraph (\d+)$/u.exec(line);
    return m ? [{ n: Number(m[1]), title: m[2] ?? "", paragraph: Number(m[3]) }] : [];
  });
}
