import { familyOf, terms } from "../text/tokens.js";
import type { SpeakerQuote } from "./directoryTypes.js";

// The shared tokenizer decides what a word is (stop words, stems), so `about:` agrees with /ask.
function families(text: string): Set<string> {
  return new Set(terms(text).map(familyOf));
}

/**
 * The quotes whose text or context contains every content word of `about`, compared by word
 * family (Porter stem, first six letters), so "countries" finds "country" and "recognize" finds
 * "recognition". An `about` with no content words keeps every quote.
 */
export function quotesAbout(quotes: readonly SpeakerQuote[], about: string): SpeakerQuote[] {
  const wanted = [...families(about)];
  if (wanted.length === 0) return [...quotes];
  return quotes.filter((q) => {
    const have = families(`${q.text} ${q.context}`);
    return wanted.every((w) => have.has(w));
  });
}
