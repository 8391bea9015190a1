/** Length in code points: what Discord counts, and never half an emoji. */
export function textLength(text: string): number {
  return [...text].length;
}

/**
 * Cuts `text` to at most `max` code points (never splitting one), ending with "…" when it had
 * to cut, preferably at a word boundary.
 */
export function truncate(text: string, max: number): string {
  if (textLength(text) <= max) return text;
  const chars = [...text];
  if (max <= 1) return chars.slice(0, max).join("");
  const cut = chars.slice(0, max - 1).join("");
  const space = cut.lastIndexOf(" ");
  return `${space > cut.length * 0.7 ? cut.slice(0, space) : cut.trimEnd()}…`;
}
