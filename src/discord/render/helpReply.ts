import type { HelpResult } from "../../../commands/help.js";
import { commandUsage, coverageLine } from "../../render/helpText.js";
import { fitEmbed } from "./fitEmbed.js";
import { single, type DiscordView } from "./view.js";
import { EMBED_COLORS } from "./colors.js";

/** `/help` in Discord. */
export function helpView(help: HelpResult): DiscordView {
  if (help.command) {
    const [usage = "", ...rest] = commandUsage(help.command);
    return single({
      embeds: [
        fitEmbed({
          title: usage,
          description: rest.join("\n"),
          color: EMBED_COLORS.answer,
        }),
      ],
    });
  }
  const commands = help.commands.map((c) => `**/${c.name}** — ${c.description}`).join("\n");
  return single({
    embeds: [
      fitEmbed({
        title: "Newsdesk",
        description:
          "I answer questions from this server's news articles only, and cite the article and paragraph behind every sentence. " +
          "When the articles do not answer, I say so.\n\n" +
          `**Corpus:** ${coverageLine(help)}.\n\n${commands}`,
        color: EMBED_COLORS.answer,
      }),
    ],
  });
}
