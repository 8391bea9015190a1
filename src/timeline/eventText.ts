/** Sentences up to this length are shown whole; longer ones are cut to the clause that matters. */
export const MAX_EVENT_CHARS = 200;
/** A trimmed clause is widened with its neighbours until it is at least this long. */
const MIN_CLAUSE_CHARS = 60;

/** A run of a sentence's clauses, as offsets into the sentence. */
interface Clause {
  readonly start: number;
  readonly end: number;
}

/**
 * Splits a sentence at commas, semicolons and dashes outside quotation marks, so a cut never
 * leaves half a quote.
 */
export function clausesOf(sentence: string): Clause[] {
  const clauses: Clause[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i]!;
    if (ch === "“") depth++;
    else if (ch === "”") depth = Math.max(0, depth - 1);
    else if (ch === '"') depth = depth > 0 ? depth - 1 : depth + 1;
    else if (depth === 0 && /[,;—–]/u.test(ch) && /\s/u.test(sentence[i + 1] ?? "x")) {
      clauses.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  clauses.push({ start, end: sentence.length });
  return clauses;
}

/**
 * The text that states the date at `[from, to)` of `sentence`: the whole sentence when it is
 * short, else the clause holding the date, widened to its neighbours until it reads on its own.
 * Only words of the sentence are kept; "…" marks each side that was cut.
 */
export function eventText(sentence: string, from: number, to: number): string {
  if (sentence.trim().length <= MAX_EVENT_CHARS) return sentence.trim();
  const clauses = clausesOf(sentence);
  let first = clauses.findIndex((c) => c.end > from);
  let last = clauses.findIndex((c) => c.end >= to);
  if (first < 0 || last < 0) return sentence.trim();
  const length = (): number => clauses[last]!.end - clauses[first]!.start;
  // Widen forward first: what follows a date usually says what happened then.
  while (length() < MIN_CLAUSE_CHARS && (first > 0 || last < clauses.length - 1)) {
    if (last < clauses.length - 1) last++;
    else first--;
  }
  return cut(sentence, clauses[first]!.start, clauses[last]!.end);
}

/**
 * The sentence without the clauses at `skip` (spans of other dates): the leading run of clauses
 * free of them, for an event the sentence states without a date of its own.
 */
export function textWithout(sentence: string, skip: readonly Clause[]): string {
  if (sentence.trim().length <= MAX_EVENT_CHARS || skip.length === 0) return sentence.trim();
  const clauses = clausesOf(sentence);
  const free = (c: Clause): boolean => !skip.some((s) => s.start < c.end && c.start < s.end);
  const first = clauses.findIndex(free);
  if (first < 0) return sentence.trim();
  let last = first;
  while (last + 1 < clauses.length && free(clauses[last + 1]!)) last++;
  return cut(sentence, clauses[first]!.start, clauses[last]!.end);
}

function cut(sentence: string, start: number, end: number): string {
  let body = sentence.slice(start, end).trim();
  const cutEnd = sentence.slice(end).trim().length > 0;
  if (cutEnd) body = body.replace(/[,;—–]$/u, "").trimEnd();
  const cutStart = sentence.slice(0, start).trim().length > 0;
  return `${cutStart ? "…" : ""}${body}${cutEnd ? "…" : ""}`;
}
