import { count } from "../text/count.js";
import { createInterface } from "node:readline";
import type { Knowledge } from "../knowledge.js";
import { execute } from "./execute.js";
import { LineConversation } from "./lineConversation.js";
import { parseCommandLine } from "./parseCommandLine.js";
import { tokenizeLine } from "./tokenizeLine.js";
import { UserError } from "../errors.js";

/** Streams the console talks to (process streams, or test doubles). */
export interface ConsoleIo {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** Prompt and greet only for a person at a terminal. */
  readonly interactive: boolean;
}

/**
 * The interactive console: reads lines such as `/ask Who …?`, `/corpus`, `/help`, runs each
 * and prints its answer. At a terminal it greets and prompts; otherwise it just answers each
 * line and resolves at the end of input. `/quit` ends it too. By default on standard input and
 * output.
 */
export async function runConsole(
  knowledge: Knowledge,
  io: ConsoleIo = {
    input: process.stdin,
    output: process.stdout,
    interactive: process.stdin.isTTY === true,
  },
): Promise<void> {
  const lines = createInterface({
    input: io.input,
    terminal: io.interactive,
    ...(io.interactive ? { output: io.output } : {}),
  });
  const write = (text: string): boolean => io.output.write(`${text}\n`);
  if (io.interactive) {
    write(
      `Newsdesk console: ${count(knowledge.report.articles, "article")}. Type /ask <question>, /help or /quit.`,
    );
    lines.setPrompt("newsdesk> ");
    lines.prompt();
  }
  const conversation = new LineConversation();
  for await (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === "/quit" || trimmed === "/exit") break;
    conversation.nextLine();
    if (trimmed.length > 0) write(answerLine(knowledge, trimmed, conversation));
    if (io.interactive) lines.prompt();
  }
  lines.close();
}

/**
 * Answers one console line; mistakes in it are answered, never thrown. In a `conversation`, a
 * follow-up question is read against the previous line's.
 */
export function answerLine(
  knowledge: Knowledge,
  line: string,
  conversation?: LineConversation,
): string {
  try {
    const context = conversation ? { conversation } : {};
    return execute(knowledge, parseCommandLine(tokenizeLine(line)), context).stdout;
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
}
