import type { APIEmbedField } from "discord.js";
import type { Citation } from "../../answer/citation.js";
import { formatDate } from "../../render/formatDate.js";
import { linkTarget, safeText } from "../escape.js";
import { DISCORD_LIMITS, truncate } from "../limits.js";

/** One source line for an embed: `[1] Title — 3 July 2025, ¶4`, the title linked when a URL is known. */
export function sourceLine(c: Citation): string {
  const title = truncate(safeText(c.title), 200);
  const target = c.url ? linkTarget(c.url) : null;
  const linked = target ? `[${title}](${target})` : title;
  const details = [
    c.source ? safeText(c.source) : null,
    c.published ? formatDate(c.published) : null,
    `¶${c.paragraph}`,
  ];
  return `**[${c.n}]** ${linked} — ${details.filter(Boolean).join(", ")}`;
}

/** Source lines packed into as few fields as their value limit allows. */
export function sourceFields(citations: readonly Citation[], name = "Sources"): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  let value = "";
  for (const line of citations.map(sourceLine)) {
    const piece = truncate(line, DISCORD_LIMITS.fieldValue);
    if (value && value.length + 1 + piece.length > DISCORD_LIMITS.fieldValue) {
      fields.push({ name: fields.length === 0 ? name : `${name} (continued)`, value });
      value = "";
    }
    value = value ? `${value}\n${piece}` : piece;
  }
  if (value) fields.push({ name: fields.length === 0 ? name : `${name} (continued)`, value });
  return fields.slice(0, DISCORD_LIMITS.embedFields);
}
