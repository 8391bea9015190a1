import type { APIEmbed } from "discord.js";
import { DISCORD_LIMITS, discordLength, truncate } from "../limits.js";

/**
 * Makes an embed fit every Discord limit: each part truncated to its own limit, then fields
 * dropped from the end and the description shortened until the whole is within the total.
 */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (fitted.title) fitted.title = truncate(fitted.title, DISCORD_LIMITS.embedTitle);
  if (fitted.description)
    fitted.description = truncate(fitted.description, DISCORD_LIMITS.embedDescription);
  if (fitted.footer)
    fitted.footer = {
      ...fitted.footer,
      text: truncate(fitted.footer.text, DISCORD_LIMITS.footerText),
    };
  fitted.fields = (fitted.fields ?? []).slice(0, DISCORD_LIMITS.embedFields).map((f) => ({
    ...f,
    name: truncate(f.name, DISCORD_LIMITS.fieldName),
    value: truncate(f.value, DISCORD_LIMITS.fieldValue),
  }));
  while (embedLength(fitted) > DISCORD_LIMITS.embedTotal && fitted.fields.length > 1)
    fitted.fields.pop();
  const excess = embedLength(fitted) - DISCORD_LIMITS.embedTotal;
  if (excess > 0 && fitted.description) {
    fitted.description = truncate(
      fitted.description,
      Math.max(1, discordLength(fitted.description) - excess),
    );
  }
  if (fitted.fields.length === 0) delete fitted.fields;
  return fitted;
}

/** The characters of an embed that count towards Discord's 6,000 total. */
export function embedLength(embed: APIEmbed): number {
  let n = discordLength(embed.title ?? "") + discordLength(embed.description ?? "");
  n += discordLength(embed.footer?.text ?? "") + discordLength(embed.author?.name ?? "");
  for (const f of embed.fields ?? []) n += discordLength(f.name) + discordLength(f.value);
  return n;
}
