import type { Span } from "../corpus/types.js";

/** A year or decade between a determiner and a noun: "the 2002 movie", "its 1990s heyday". */
const DETERMINED = /\b(?:the|a|an|its|his|her|their)\s+$/iu;
/** A word that goes on after a date without making it a noun's qualifier: "in 2002 he won". */
const GOES_ON =
  /^\s+(?:he|she|it|they|we|i|you|the|a|an|and|or|but|to|in|on|at|for|from|by|with|of|when|after|before|as|was|were|is|are|had|has|have|will|would|season|campaign)\b/iu;

/**
 * Whether the date `d` in `text` qualifies the noun after it rather than saying when, for the
 * short answer: a year before a lower-case word after a determiner ("the 2002 movie"), or a
 * decade before one anywhere ("a revival of 1950s hit musical The Pajama Game").
 */
export function qualifiesWithDate(text: string, d: Span): boolean {
  const after = text.slice(d.end, d.end + 24);
  const value = text.slice(d.start, d.end);
  if (!/^\d{4}s?$/u.test(value) || !/^\s+\p{Ll}/u.test(after) || GOES_ON.test(after)) return false;
  return value.endsWith("s") || DETERMINED.test(text.slice(Math.max(0, d.start - 8), d.start));
}
