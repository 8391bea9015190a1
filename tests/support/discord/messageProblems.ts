import { DISCORD_LIMITS, discordLength } from "../../../src/discord/limits.js";
import type { Json, JsonObject } from "./types.js";

type Embed = {
  title?: string;
  description?: string;
  footer?: { text?: string };
  author?: { name?: string };
  fields?: Array<{ name?: string; value?: string }>;
};

function object(value: Json | undefined): JsonObject | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : undefined;
}

/**
 * What is wrong with a message body the bot sent (a callback's `data`, an edit, a follow-up):
 * Discord's limits (content 2,000; 10 embeds; title 256; description 4,096; 25 fields; field name
 * 256 and value 1,024; footer 2,048; 6,000 for all embeds), allowed mentions that are not
 * empty, and text that still reads as a mention. Empty when nothing is.
 */
export function messageProblems(message: JsonObject): string[] {
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
  // Text that even looks like a mention: corpus text and user input must be defused.
  const texts = [
    content,
    ...embeds.flatMap((e) => [
      e.title,
      e.description,
      e.footer?.text,
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
  ];
  for (const text of texts) {
    const raw = text && /@(?:everyone|here)|<@[!&]?\d+>|<#\d+>/iu.exec(text);
    if (raw) problems.push(`text carries a live mention ${JSON.stringify(raw[0])}`);
  }
  const mentions = object(message["allowed_mentions"]);
  const parse = mentions?.["parse"];
  if (!Array.isArray(parse) || parse.length > 0 || mentions?.["users"] || mentions?.["roles"])
    problems.push(`allowed_mentions is ${JSON.stringify(message["allowed_mentions"])}`);
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
