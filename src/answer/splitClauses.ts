import type { Span } from "../corpus/types.js";

/**
 * Where one clause ends and the next begins: a semicolon, colon or dash; a bracket; the end of
 * a quotation followed by its reporting clause ('…," he said'); a comma before a word that
 * opens a new clause ("…, while Airbus…", "…, which…"); and those words where they join two
 * statements without a comma ("but", "while", "whereas", "although", "because"). A comma
 * alone does not end a clause: "Ryanair, Europe's biggest budget airline, ordered…" is one.
 */
const BOUNDARY = new RegExp(
  [
    String.raw`\s*[;:]\s+`,
    String.raw`\s+[-–—]+\s+`,
    String.raw`\s*[()]\s*`,
    String.raw`[,.!?]["”’]\s+`,
    String.raw`,\s+(?=(?:and|but|or|while|whereas|which|who|whom|whose|although|though|after|before|when|as|because|since|so|yet|where|following|despite|unless|if|until|meaning|adding|saying)\b)`,
    String.raw`\s+(?=(?:but|while|whereas|although|because)\b)`,
  ].join("|"),
  "giu",
);

/**
 * The clauses of a sentence, as spans of `text` in order, covering it without gaps: the
 * stretch within which a fact is tied to the words around it. "Ryanair ordered Boeing
 * planes, while easyJet chose Airbus" is two clauses, so Airbus is not what Ryanair ordered.
 */
export function splitClauses(text: string): Span[] {
  const clauses: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index;
    if (end > start) clauses.push({ start, end });
    start = match.index + match[0].length;
  }
  if (start < text.length || clauses.length === 0) clauses.push({ start, end: text.length });
  return clauses;
}

/** The clause of `clauses` that holds offset `at` (the last one when none does). */
export function clauseAt(clauses: readonly Span[], at: number): Span {
  for (const clause of clauses) if (at < clause.end) return clause;
  return clauses.at(-1) ?? { start: 0, end: at };
}
