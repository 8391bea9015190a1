import type { APIEmbed } from "discord.js";
import type { AskResult } from "../../answer/ask.js";
import { followUpLine } from "../../render/askText.js";
import { formatDate } from "../../render/formatDate.js";
import { safeText } from "../escape.js";
import { fitEmbed } from "./fitEmbed.js";
import type { ReplyPayload } from "./reply.js";
import { sourceFields } from "./sources.js";
import { EMBED_COLORS } from "./colors.js";

/** `/ask` as a Discord reply: the cited answer, the date it holds as of, the sources. */
export function askReply(result: AskResult): ReplyPayload {
  const embed: APIEmbed = result.abstained ? abstainedEmbed(result) : answeredEmbed(result);
  const lead = followUpLine(result);
  if (lead !== null) embed.description = `*${safeText(lead)}*\n\n${embed.description ?? ""}`;
  return { embeds: [fitEmbed(embed)] };
}

function answeredEmbed(result: AskResult): APIEmbed {
  const answer = result.sentences.map((s) => `${safeText(s.text)} **[${s.citation}]**`).join(" ");
  const asOf = result.asOf ? `\n\n*As of ${formatDate(result.asOf)}.*` : "";
  return {
    title: safeText(result.question),
    description: `${answer}${asOf}`,
    color: EMBED_COLORS.answer,
    fields: sourceFields(result.citations),
    footer: { text: "Answered only from the articles in the corpus." },
  };
}

function abstainedEmbed(result: AskResult): APIEmbed {
  const closest = result.closest.map(
    (a) => `• ${safeText(a.title)}${a.published ? ` (${formatDate(a.published)})` : ""}`,
  );
  const tail = closest.length > 0 ? `\n\nClosest articles:\n${closest.join("\n")}` : "";
  return {
    title: safeText(result.question),
    description: `${result.answer}${tail}`,
    color: EMBED_COLORS.notice,
    footer: { text: "Newsdesk answers only from the articles in the corpus." },
  };
}
