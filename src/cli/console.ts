import { count } from "../text/count.js";
import { clearLine, createInterface, cursorTo } from "node:readline";
import type { Knowledge } from "../knowledge/knowledge.js";
import { standardError } from "../logger.js";
import { execute } from "./execute.js";
import { LineConversation } from "./lineConversation.js";
import { parseConsoleLine } from "./consoleLine.js";
import { SourcePages } from "./sourcePages.js";
import { listSources } from "../../commands/sources.js";
import { UserError } from "../errors.js";

/** Streams the console talks to (process streams, or test doubles). */
export interface ConsoleIo {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** Prompt and greet only for a person at a terminal. */
  readonly interactive: boolean;
}

/**
 * The interactive console: reads lines such as `Who …?`, `/timeline from:2024`, `/corpus`,
 * `/help timeline` (see {@link parseConsoleLine}), runs each
 * and prints its answer. At a terminal it greets and prompts; otherwise it just answers each
 * line and resolves at the end of input. `/quit` ends it too. By default on standard input and
 * output. At a terminal, whatever is written to standard error meanwhile (the log's lines, the
 * reload notices of `runLiveConsole`) is printed over the prompt line, and the prompt, with what
 * was typed so far, drawn again after it (a line printed after `newsdesk> ` left no prompt to
 * type at).
 */
export async function runConsole(
  knowledge: Knowledge | (() => Knowledge),
  io: ConsoleIo = {
    input: process.stdin,
    output: process.stdout,
    interactive: process.stdin.isTTY === true,
  },
): Promise<void> {
  // A function gives the knowledge to answer from now: it follows the corpus folder.
  const current = typeof knowledge === "function" ? knowledge : () => knowledge;
  const lines = createInterface({
    input: io.input,
    terminal: io.interactive,
    ...(io.interactive ? { output: io.output } : {}),
  });
  const write = (text: string): boolean => io.output.write(`${text}\n`);
  if (io.interactive) {
    write(
      `Newsdesk console: ${count(current().report.articles, "article")}. Type /ask <question>, /help or /quit.`,
    );
    lines.setPrompt("newsdesk> ");
    lines.prompt();
    standardError.around((writeLine) => {
      clearLine(io.output, 0);
      cursorTo(io.output, 0);
      writeLine();
      lines.prompt(true);
    });
  }
  try {
    const conversation = new LineConversation();
    const pages = new SourcePages();
    for await (const line of lines) {
      const trimmed = line.trim();
      if (trimmed === "/quit" || trimmed === "/exit") break;
      conversation.nextLine();
      if (trimmed.length > 0) write(answerLine(current(), trimmed, conversation, pages));
      if (io.interactive) lines.prompt();
    }
  } finally {
    // However the console ends, standard error is written straight again.
    if (io.interactive) standardError.around(null);
    lines.close();
  }
}

/**
 * Answers one console line; mistakes in it are answered, never thrown. In a `conversation`, a
 * follow-up question is read against the previous line's; with `pages`, `/sources` as text is
 * listed a page at a time and `/next` goes on.
 */
export function answerLine(
  knowledge: Knowledge,
  line: string,
  conversation?: LineConversation,
  pages?: SourcePages,
): string {
  try {
    if (pages && line === "/next") return pages.next();
    pages?.end();
    const context = conversation ? { conversation } : {};
    const parsed = parseConsoleLine(line);
    const { flags } = parsed;
    if (
      pages &&
      parsed.name === "sources" &&
      !flags.json &&
      !flags.help &&
      !flags.format &&
      !flags.png
    )
      return pages.first(listSources(knowledge));
    return execute(knowledge, parsed, context).stdout;
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
}
