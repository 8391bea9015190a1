import { eventNames, eventTerms } from "../../src/timeline/eventTerms.js";
import type { Precision, TimelineEntry } from "../../src/timeline/types.js";

/** How a literal entry differs from the plain one: reported once, in article "a", as happened. */
export interface LiteralEntryOptions {
  readonly precision?: Precision;
  readonly end?: string | null;
  /** The articles reporting it, one source each (default `["a"]`). */
  readonly articles?: readonly string[];
}

/** A timeline entry written out for a test: `text` dated `date`, reported by `articles`. */
export function literalEntry(
  date: string,
  text: string,
  { precision = "day", end = null, articles = ["a"] }: LiteralEntryOptions = {},
): TimelineEntry {
  const sources = articles.map((articleId) => ({
    date,
    end,
    precision,
    inferred: false,
    text,
    articleId,
    paragraph: 1,
    sentenceStart: 0,
    mentionStart: 0,
    expression: date,
    terms: eventTerms(text),
    names: eventNames(text),
    status: "happened" as const,
  }));
  return { date, end, precision, inferred: false, text, status: "happened", sources };
}
