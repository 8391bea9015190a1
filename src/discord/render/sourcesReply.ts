import { count } from "../../text/count.js";
import { sourcesOrder, type SourcesResult } from "../../../commands/sources.js";
import { formatDate } from "../../render/formatDate.js";
import { linkTarget, safeText } from "../escape.js";
import { truncate } from "../limits.js";
import { fitEmbed } from "./fitEmbed.js";
import type { DiscordView } from "./view.js";
import { EMBED_COLORS } from "./colors.js";

/** Articles per page of `/sources`. */
export const SOURCES_PER_PAGE = 10;

/** `/sources` in Discord: the articles newest first (or by title when undated), ten to a page. */
export function sourcesView(result: SourcesResult): DiscordView {
  const lines = result.articles.map((a) => {
    const title = truncate(safeText(a.title), 180);
    const target = a.url ? linkTarget(a.url) : null;
    const linked = target ? `[${title}](${target})` : title;
    const details = [
      a.source ? safeText(a.source) : null,
      a.published ? formatDate(a.published) : "undated",
    ];
    return `• ${linked} — ${details.filter(Boolean).join(", ")}`;
  });
  const pages = [];
  for (let i = 0; i < Math.max(1, lines.length); i += SOURCES_PER_PAGE) {
    const slice = lines.slice(i, i + SOURCES_PER_PAGE);
    pages.push({
      embeds: [
        fitEmbed({
          title: `Sources (${count(result.articles.length, "article")}, ${sourcesOrder(result)})`,
          description: slice.length > 0 ? slice.join("\n") : "The corpus has no articles.",
          color: EMBED_COLORS.answer,
        }),
      ],
    });
  }
  return { pages };
}
