/**
 * SQuAD's answer normalisation (as in its official evaluation script): lower case, punctuation
 * removed, the articles "a", "an" and "the" removed, runs of white space made one space.
 */
export function normalizeAnswer(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, "")
    .replace(/\b(a|an|the)\b/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}

/** True when one of the gold answers, normalised, occurs in the normalised text. */
export function containsAnswer(text: string, answers: readonly string[]): boolean {
  const haystack = ` ${normalizeAnswer(text)} `;
  return answers.some((a) => {
    const needle = normalizeAnswer(a);
    return needle.length > 0 && haystack.includes(` ${needle} `);
  });
}
