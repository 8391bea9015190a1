import { count } from "../../text/count.js";
import type { APIEmbed } from "discord.js";
import type { SpeakersResult } from "../../../commands/speakers.js";
import type { Knowledge } from "../../knowledge/knowledge.js";
import { quote, type QuoteResult } from "../../quotes/quote.js";
import { quoteNotice, speakerLabel } from "../../render/quoteText.js";
import { safeText } from "../escape.js";
import { truncate } from "../limits.js";
import { fitEmbed } from "./fitEmbed.js";
import type { ReplyPayload } from "./reply.js";
import { sourceFields } from "./sources.js";
import type { DiscordView } from "./view.js";
import { EMBED_COLORS } from "./colors.js";

/** Quotes per page: each shows the quote, the sentence around it and its citation. */
export const QUOTES_PER_PAGE = 5;

/**
 * `/quote` in Discord: the speaker's name and role, then each quote (marked partial where it
 * is), the sentence around it and its citation, five to a page. A name that fits several
 * people offers a menu; an unknown name lists the closest; a person never quoted says where
 * they are mentioned.
 */
export function quoteView(result: QuoteResult, knowledge: Knowledge): DiscordView {
  const notice = safeText(quoteNotice(result));
  if (result.kind === "ambiguous") {
    return {
      pages: [
        {
          embeds: [
            fitEmbed({ title: "Which speaker?", description: notice, color: EMBED_COLORS.notice }),
          ],
        },
      ],
      choose: {
        placeholder: "Choose the speaker",
        options: result.candidates.map((c) => ({
          label: c.name,
          value: c.id,
          description: `${c.role ?? c.kind} · ${count(c.quoteCount, "quote")}`,
        })),
        pick: (id) => quoteView(quote(knowledge, id, result.about), knowledge),
      },
    };
  }
  if (result.kind === "unknown")
    return {
      pages: [
        {
          embeds: [
            fitEmbed({ title: "No such speaker", description: notice, color: EMBED_COLORS.notice }),
          ],
        },
      ],
    };
  if (result.kind === "unquoted") {
    const embed: APIEmbed = {
      title: safeText(result.speaker.name),
      description: `${notice}\nMentioned in ${result.mentions.map((n) => `**[${n}]**`).join(" ")}.`,
      color: EMBED_COLORS.notice,
      fields: sourceFields(result.citations),
    };
    return { pages: [{ embeds: [fitEmbed(embed)] }] };
  }
  const title = safeText(speakerLabel(result.speaker));
  if (result.quotes.length === 0)
    return {
      pages: [{ embeds: [fitEmbed({ title, description: notice, color: EMBED_COLORS.notice })] }],
    };
  const pages: ReplyPayload[] = [];
  for (let i = 0; i < result.quotes.length; i += QUOTES_PER_PAGE) {
    const quotes = result.quotes.slice(i, i + QUOTES_PER_PAGE);
    const blocks = quotes.map((q) => {
      const refs = q.citations.map((n) => `**[${n}]**`).join("");
      const mark = q.partial ? " *(partial quote)*" : "";
      return `> “${truncate(safeText(q.text), 700)}”${mark} ${refs}\n-# ${truncate(safeText(q.context), 400)}`;
    });
    const cited = new Set(quotes.flatMap((q) => q.citations));
    pages.push({
      embeds: [
        fitEmbed({
          title,
          description: blocks.join("\n\n"),
          color: EMBED_COLORS.answer,
          fields: sourceFields(result.citations.filter((c) => cited.has(c.n))),
          ...(result.about
            ? { footer: { text: safeText(`Only quotes about “${result.about}”.`) } }
            : {}),
        }),
      ],
    });
  }
  return { pages };
}

/** Speakers per page of `/speakers`. */
export const SPEAKERS_PER_PAGE = 20;

/** `/speakers` in Discord: everyone quoted, most-quoted first, then those only mentioned. */
export function speakersView(result: SpeakersResult): DiscordView {
  const lines = result.speakers.map(
    (s) =>
      `• ${safeText(s.quoteCount > 0 ? speakerLabel(s) : `${s.name} — mentioned, never quoted`)}`,
  );
  const pages: ReplyPayload[] = [];
  for (let i = 0; i < Math.max(1, lines.length); i += SPEAKERS_PER_PAGE) {
    const slice = lines.slice(i, i + SPEAKERS_PER_PAGE);
    pages.push({
      embeds: [
        fitEmbed({
          title: `Speakers (${result.speakers.length})`,
          description: slice.join("\n") || "Nobody is quoted or named in the articles.",
          color: EMBED_COLORS.answer,
        }),
      ],
    });
  }
  return { pages };
}
