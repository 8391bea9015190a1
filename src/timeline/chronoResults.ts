import * as chrono from "chrono-node";
import type { ParsedResult } from "chrono-node";

const parser = chrono.en.casual;

/**
 * Numbers that are amounts, not clock times or dates: decimals ("6.43", which chrono reads as
 * 6:43), thousands ("1,015", whose "1" chrono reads as an hour after "at") and stock-price
 * fractions ("fell 7/8"; a proper fraction over 2, 4, 8, 16 or 32, never a month and day in
 * prose). They are blanked, keeping offsets, before chrono sees the text.
 */
const AMOUNT =
  /(?<![\d.,/])(?:\d+\.\d+(?!\s*[ap]\.?m\b)|\d{1,3}(?:,\d{3})+)(?![\d.,/]\d)|(?<![\d/])[1-9]\d?\/(?:2|4|8|16|32)(?![\d/])/giu;

function maskNumbers(text: string): string {
  return text.replace(AMOUNT, (m) => {
    const slash = m.indexOf("/");
    if (slash > 0 && Number(m.slice(0, slash)) >= Number(m.slice(slash + 1))) return m;
    return " ".repeat(m.length);
  });
}

/** A full stop, "!" or "?" that ends a sentence: not after a month or title abbreviation. */
const SENTENCE_END =
  /(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|U\.S))[.!?]\s+(?=["“]?\p{Lu})/u;

/**
 * chrono-node's readings of `text` against `reference`, with amounts blanked first (see
 * `AMOUNT`) and none running over a sentence end: chrono joins "last year. This quarter" into
 * one relative date, so such a result is parsed again up to the sentence end.
 */
export function chronoResults(raw: string, reference: Date): ParsedResult[] {
  const text = maskNumbers(raw);
  const options = { instant: reference, timezone: 0 };
  const out: ParsedResult[] = [];
  for (const result of parser.parse(text, options, { forwardDate: false })) {
    const cut = SENTENCE_END.exec(result.text);
    if (!cut) {
      out.push(result);
      continue;
    }
    const head = text.slice(0, result.index + cut.index);
    for (const r of parser.parse(head, options, { forwardDate: false })) {
      if (r.index >= result.index) out.push(r);
    }
  }
  return out;
}
