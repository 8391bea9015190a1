import type { Span } from "../corpus/types.js";

/** What joins the items of a list: "Brussels, Paris and Amsterdam", "Vodafone & T-Mobile". */
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$/u;

/**
 * The list `span` is an item of, among the sentence's answer spans (`spans`, in text order):
 * neighbours joined to it by a comma, "and" or "&" are taken in, so a question asking for
 * several ("which cities…") gets all of them, not the first.
 */
export function answerList(text: string, spans: readonly Span[], span: Span): Span {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let at = sorted.findIndex((s) => s.start === span.start && s.end === span.end);
  if (at < 0) return span;
  let first = at;
  while (first > 0 && LIST_JOIN.test(text.slice(sorted[first - 1]!.end, sorted[first]!.start)))
    first--;
  while (
    at + 1 < sorted.length &&
    LIST_JOIN.test(text.slice(sorted[at]!.end, sorted[at + 1]!.start))
  )
    at++;
  return { start: sorted[first]!.start, end: sorted[at]!.end };
}
