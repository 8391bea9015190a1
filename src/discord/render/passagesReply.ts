import type { APIEmbed } from "discord.js";
import type { Citation } from "../../answer/citation.js";
import { formatDate } from "../../render/formatDate.js";
import { safeText } from "../escape.js";
import { DISCORD_LIMITS, truncate } from "../limits.js";
import { fitEmbed } from "./fitEmbed.js";
import type { ReplyPayload } from "./reply.js";

/** The cited passages themselves, one embed each (at most 10), for the "Show passages" button. */
export function passagesReply(citations: readonly Citation[]): ReplyPayload {
  const embeds: APIEmbed[] = citations.slice(0, DISCORD_LIMITS.embeds).map((c) =>
    fitEmbed({
      title: truncate(`[${c.n}] ${safeText(c.title)}`, DISCORD_LIMITS.embedTitle),
      description: safeText(c.passage),
      ...(c.url ? { url: c.url } : {}),
      footer: {
        text: [c.published ? formatDate(c.published) : null, `paragraph ${c.paragraph}`]
          .filter(Boolean)
          .join(" · "),
      },
    }),
  );
  // Several embeds share one 6,000-character budget: shorten each to its share.
  const share = Math.floor(DISCORD_LIMITS.embedTotal / Math.max(1, embeds.length)) - 300;
  return {
    embeds: embeds.map((e) => ({
      ...e,
      description: truncate(e.description ?? "", Math.max(100, share)),
    })),
  };
}
