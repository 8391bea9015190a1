import type { Span } from "../corpus/types.js";

/** What joins two sides into one fixture: "Wales v England", "Arsenal vs Chelsea". */
const VERSUS = /^\s+(?:v|vs|versus)\.?\s+$/u;
/** A fixture read whole by {@link titleSpans}. */
export const FIXTURE = /\s(?:v|vs|versus)\.?\s/u;

/** A number that ends a name: "BBC 3", "Metal Slug 3", "Opera 8.0"; not "3-1", "3%", "3m". */
const NUMBER_AFTER = /^\s\d{1,2}(?:\.\d)?(?![\d,.:%/-]|\s?(?:m|bn|per)\b|\p{L})/u;

/**
 * The names a "which X" question may pick, read whole: two sides joined by "v" are one
 * fixture ("Wales v England", not the place Wales), and a number right after a name is part
 * of it ("BBC 3"). `names` are the sentence's name spans in text order.
 */
export function titleSpans(text: string, names: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const name of names) {
    const last = out.at(-1);
    if (last && VERSUS.test(text.slice(last.end, name.start))) {
      out[out.length - 1] = { start: last.start, end: name.end };
      continue;
    }
    const number = NUMBER_AFTER.exec(text.slice(name.end, name.end + 12));
    out.push(number ? { start: name.start, end: name.end + number[0].length } : name);
  }
  return out;
}
