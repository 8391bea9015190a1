import { count } from "../text/count.js";
import type { CommandHelp, HelpResult } from "../../commands/help.js";
import { formatDate } from "./formatDate.js";

/** One line on what the corpus covers: `2 articles (20 passages), 3 July 2025 – 3 July 2025`. */
export function coverageLine(help: HelpResult): string {
  const range =
    help.from && help.to
      ? help.from === help.to
        ? `, published ${formatDate(help.from)}`
        : `, published ${formatDate(help.from)} – ${formatDate(help.to)}`
      : "";
  return `${count(help.articles, "article")} (${count(help.passages, "passage")})${range}`;
}

/**
 * A command's usage and options, Discord style (`/timeline [topic] [from] [to]`), each option
 * with its description; the console takes `name:value` as Discord does.
 */
export function commandUsage(command: CommandHelp): string[] {
  const usage = command.options.map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`));
  return [
    `/${[command.name, ...usage].join(" ")}`,
    command.description,
    ...command.options.map(
      (o) => `  ${`${o.name}:`.padEnd(10)} ${o.description}${o.required ? "" : " (optional)"}`,
    ),
  ];
}

/** `/help` for the terminal. */
export function renderHelpText(help: HelpResult): string {
  if (help.command) {
    const { name, options } = help.command;
    const flags = options.map((o) => ` [--${o.name} …]`).join("");
    return [...commandUsage(help.command), "", `One-shot: newsdesk ${name}${flags}`].join("\n");
  }
  const lines = [
    "Newsdesk answers questions from its articles only, and cites every sentence.",
    `Corpus: ${coverageLine(help)}.`,
    "",
    "Commands:",
  ];
  for (const c of help.commands) lines.push(`  ${c.name.padEnd(9)} ${c.description}`);
  lines.push(`  ${"corpus".padEnd(9)} What the corpus holds: passages, cleaning, skipped files.`);
  lines.push(
    `  ${"index".padEnd(9)} Rebuild the persisted index now (start-up loads it when valid).`,
  );
  lines.push(
    `  ${"add".padEnd(9)} newsdesk add FILE…: check articles and copy them into the corpus.`,
  );
  lines.push(
    "",
    "One-shot: newsdesk ask <question> [--json]. Console: type a question, or /timeline from:2024,",
    "/quote speaker:Muttaqi about:russia; /help <command> explains one command.",
  );
  return lines.join("\n");
}
