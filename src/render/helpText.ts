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

/**
 * `/help` for the terminal. `terminalFlags` names what the terminal adds to a command besides
 * its options (`--json`, `--png FILE`, `--format timelinejs`).
 */
export function renderHelpText(
  help: HelpResult,
  terminalFlags: (command: string) => readonly string[] = () => ["--json"],
): string {
  if (help.command) {
    const { name, options } = help.command;
    const words = options.map((o) => {
      const word = o.positional ? o.name : `--${o.name} …`;
      return o.required ? `<${word}>` : `[${word}]`;
    });
    const flags = terminalFlags(name).map((f) => `[${f}]`);
    return [
      ...commandUsage(help.command),
      "",
      `One-shot: newsdesk ${[name, ...words, ...flags].join(" ")}`,
    ].join("\n");
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
    "One-shot: newsdesk ask <question> [--json]. Console: type a question, or a command such as",
    "/timeline <topic> from:<date>, /quote <speaker> about:<words>; /help <command> explains one",
    "command; /quit ends the console.",
  );
  return lines.join("\n");
}
