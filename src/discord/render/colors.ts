/** Embed colours: an answer, and a notice (nothing found, a choice to make, no such speaker). */
export const EMBED_COLORS = { answer: 0x2f6fde, notice: 0x8a8f98 } as const;
