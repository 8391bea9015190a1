/** Discord's limits on what a message, embed or autocomplete answer may hold. */
export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  /** All titles, descriptions, field names and values and footers of a message together. */
  embedTotal: 6000,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  customId: 100,
  /** Time to acknowledge an interaction before Discord shows it as failed. */
  acknowledgeMs: 3000,
} as const;

/**
 * Cuts `text` to at most `max` characters (code points never split), ending with "…" when it
 * had to cut, preferably at a word boundary.
 */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  if (max <= 1) return chars.slice(0, max).join("");
  const cut = chars.slice(0, max - 1).join("");
  const space = cut.lastIndexOf(" ");
  return `${space > cut.length * 0.7 ? cut.slice(0, space) : cut}…`;
}

/** Length as Discord counts it (code points). */
export function discordLength(text: string): number {
  return [...text].length;
}
