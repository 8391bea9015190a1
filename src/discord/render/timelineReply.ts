import { count } from "../../text/count.js";
import type { APIEmbed } from "discord.js";
import {
  describeFilter,
  eventDateLabel,
  moreLine,
  noEventsLine,
  timelineTitle,
} from "../../render/timelineText.js";
import { timelinePng } from "../../render/timelinePicture.js";
import type { TimelineResult } from "../../timeline/timeline.js";
import { safeText } from "../escape.js";
import { truncate } from "../limits.js";
import { fitEmbed } from "./fitEmbed.js";
import { sourceFields } from "./sources.js";
import type { ReplyPayload } from "./reply.js";
import type { DiscordView } from "./view.js";
import { EMBED_COLORS } from "./colors.js";

/** Events per page: each line is short, and the sources of a page must fit one field or two. */
export const EVENTS_PER_PAGE = 8;
const PICTURE = "timeline.png";

/**
 * `/timeline` in Discord: events as `date · text [n]`, oldest first, eight to a page, each page
 * listing the sources it cites; the first page carries a picture of the timeline. The text is
 * the answer; the picture is a glance. `picture` is the picture already drawn (the bot draws it
 * off the main thread), or null to go without one; when absent it is drawn here.
 */
export function timelineView(result: TimelineResult, picture?: Buffer | null): DiscordView {
  if (result.events.length === 0) {
    const filter = describeFilter(result);
    const title = safeText(`Timeline${filter ? ` (${filter})` : ""}`);
    return {
      pages: [
        {
          embeds: [
            fitEmbed({
              title,
              description: safeText(noEventsLine(result)),
              color: EMBED_COLORS.notice,
            }),
          ],
        },
      ],
    };
  }
  // Drawn here unless the caller drew it already (off the main thread) or chose to go without.
  const png = picture === undefined ? timelinePng(result) : picture;
  const title = safeText(timelineTitle(result));
  const more = moreLine(result, "show:all");
  const pages: ReplyPayload[] = [];
  for (let i = 0; i < result.events.length; i += EVENTS_PER_PAGE) {
    const events = result.events.slice(i, i + EVENTS_PER_PAGE);
    const lines = events.map((e) => {
      const date = eventDateLabel(e);
      const refs = e.citations.map((n) => `**[${n}]**`).join("");
      return `**${date}** · ${truncate(safeText(e.text), 300)} ${refs}`;
    });
    const cited = new Set(events.flatMap((e) => e.citations));
    const embed: APIEmbed = {
      title: `${title}: ${count(result.events.length, "event")}`,
      description: [...lines, ...(more ? ["", `_${safeText(more)}_`] : [])].join("\n"),
      color: EMBED_COLORS.answer,
      fields: sourceFields(result.citations.filter((c) => cited.has(c.n))),
      ...(png ? { image: { url: `attachment://${PICTURE}` } } : {}),
      footer: {
        text: "Inferred: worked out from the article's publication date. Expected: scheduled, forecast or planned when written.",
      },
    };
    pages.push({
      embeds: [fitEmbed(embed)],
      ...(i === 0 && png
        ? {
            files: [{ attachment: png, name: PICTURE, description: "The timeline as a picture" }],
          }
        : {}),
    });
  }
  return { pages };
}
