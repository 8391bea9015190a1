import { DISCORD_LIMITS, discordLength } from "../../../src/discord/limits.js";
import { inertnessProblems, type Embed, type InertnessOptions } from "./inertness.js";
import type { JsonObject } from "./types.js";

/**
 * What is wrong with a message body the bot sent (a callback's `data`, an edit, a follow-up):
 * Discord's limits (content 2,000; 10 embeds; title 256; description 4,096; 25 fields; field name
 * 256 and value 1,024; footer 2,048; 6,000 for all embeds), and anything that is not inert (see
 * {@link inertnessProblems}: allowed mentions not empty, live mention syntax, links or Markdown
 * from corpus text or user input). Empty when nothing is.
 */
export function messageProblems(message: JsonObject, options: InertnessOptions = {}): string[] {
  const problems: string[] = [];
  const L = DISCORD_LIMITS;
  const over = (what: string, text: string | undefined, max: number): void => {
    if (text !== undefined && discordLength(text) > max)
      problems.push(`${what} has ${discordLength(text)} characters (max ${max})`);
  };
  const content = typeof message["content"] === "string" ? message["content"] : undefined;
  over("content", content, L.content);
  const embeds = (Array.isArray(message["embeds"]) ? message["embeds"] : []) as Embed[];
  if (embeds.length > L.embeds) problems.push(`${embeds.length} embeds (max ${L.embeds})`);
  let total = 0;
  for (const [i, embed] of embeds.entries()) {
    const fields = embed.fields ?? [];
    over(`embed ${i} title`, embed.title, L.embedTitle);
    over(`embed ${i} description`, embed.description, L.embedDescription);
    over(`embed ${i} footer`, embed.footer?.text, L.footerText);
    if (fields.length > L.embedFields) problems.push(`embed ${i} has ${fields.length} fields`);
    for (const [j, field] of fields.entries()) {
      over(`embed ${i} field ${j} name`, field.name, L.fieldName);
      over(`embed ${i} field ${j} value`, field.value, L.fieldValue);
    }
    const parts = [embed.title, embed.description, embed.footer?.text, embed.author?.name];
    for (const field of fields) parts.push(field.name, field.value);
    for (const part of parts) total += discordLength(part ?? "");
  }
  if (total > L.embedTotal) problems.push(`embeds hold ${total} characters (max ${L.embedTotal})`);
  problems.push(...inertnessProblems(message, options));
  return problems;
}

/** Problems of an autocomplete answer: at most 25 choices, names and values of at most 100. */
export function choiceProblems(data: JsonObject): string[] {
  const choices = (Array.isArray(data["choices"]) ? data["choices"] : []) as Array<{
    name?: string;
    value?: string | number;
  }>;
  const problems =
    choices.length > DISCORD_LIMITS.choices ? [`${choices.length} choices (max 25)`] : [];
  for (const choice of choices) {
    if (discordLength(choice.name ?? "") > DISCORD_LIMITS.choiceName)
      problems.push(`choice name too long: ${choice.name ?? ""}`);
    if (discordLength(String(choice.value ?? "")) > DISCORD_LIMITS.choiceValue)
      problems.push(`choice value too long: ${String(choice.value)}`);
  }
  return problems;
}
