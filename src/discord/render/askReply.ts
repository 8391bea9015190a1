import type { APIEmbed } from "discord.js";
import type { AskResult } from "../../answer/ask.js";
import { askHeadLines } from "../../render/askText.js";
import { formatDate } from "../../render/formatDate.js";
import { safeText } from "../escape.js";
import { fitEmbed } from "./fitEmbed.js";
import type { ReplyPayload } from "./reply.js";
import { sourceFields } from "./sources.js";
import { EMBED_COLORS } from "./colors.js";

/** `/ask` as a Discord reply: the cited answer, the date it holds as of, the sources. */
export function askReply(result: AskResult): ReplyPayload {
  const embed: APIEmbed = result.abstained ? abstainedEmbed(result) : answeredEmbed(result);
  return { embeds: [fitEmbed(embed)] };
}

/**
 * The lines above the answer, as the terminal shows them, in italics: which question a
 * follow-up was read against, and "Showing results for …".
 */
function headLines(result: AskResult): string {
  return askHeadLines(result)
    .map((line) => `*${safeText(line)}*\n\n`)
    .join("");
}

function answeredEmbed(result: AskResult): APIEmbed {
  const answer = result.sentences.map((s) => `${safeText(s.text)} **[${s.citation}]**`).join(" ");
  const short = result.short
    ? `**${safeText(result.short.text)}** **[${result.short.citation}]**\n\n`
    : "";
  const asOf = result.asOf ? `\n\n*As of ${formatDate(result.asOf)}.*` : "";
  return {
    title: safeText(result.question),
    description: `${headLines(result)}${short}${answer}${asOf}`,
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
    description: `${headLines(result)}${safeText(result.answer)}${tail}`,
    color: EMBED_COLORS.notice,
    footer: { text: "Newsdesk answers only from the articles in the corpus." },
  };
}
