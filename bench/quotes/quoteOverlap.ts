/**
 * The dev set's matching rule (its README, "Scoring"): texts compared as their words (letters
 * and digits, lower case, curly marks straight); an extracted quote finds a gold quote when the
 * two share at least min(8, gold length) consecutive words.
 */
export function quoteWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’‘]/gu, "'")
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** A text read once for matching: its word n-grams for every n up to 8. */
export interface MatchText {
  readonly words: readonly string[];
  readonly grams: ReadonlySet<string>;
}

/** Reads `text` for {@link finds}. */
export function matchText(text: string): MatchText {
  const words = quoteWords(text);
  const grams = new Set<string>();
  for (let n = 1; n <= 8; n++)
    for (let i = 0; i + n <= words.length; i++) grams.add(words.slice(i, i + n).join(" "));
  return { words, grams };
}

/** Whether the extracted text finds the gold text. */
export function finds(extracted: MatchText, gold: MatchText): boolean {
  const n = Math.min(8, gold.words.length);
  if (n === 0) return false;
  for (let i = 0; i + n <= gold.words.length; i++)
    if (extracted.grams.has(gold.words.slice(i, i + n).join(" "))) return true;
  return false;
}

/** Whether `name` is the gold speaker or one of its aliases (case-insensitive, marks folded). */
export function sameSpeaker(
  name: string | null,
  gold: { speaker: string | null; speaker_aliases: readonly string[] },
): boolean {
  if (name === null || gold.speaker === null) return false;
  const fold = (s: string) => s.toLowerCase().replace(/[’‘]/gu, "'").replace(/\s+/gu, " ").trim();
  const n = fold(name);
  return [gold.speaker, ...gold.speaker_aliases].some((a) => fold(a) === n);
}
