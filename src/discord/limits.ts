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
  /** A string option's value, at most (an option's own max_length may be lower). */
  optionValue: 6000,
} as const;

export { textLength as discordLength, truncate } from "../text/truncate.js";
