import type { Knowledge } from "../knowledge/knowledge.js";
import { liveKnowledge } from "../knowledge/liveKnowledge.js";
import { standardError } from "../logger.js";
import type { Configured } from "../startup.js";
import { runConsole } from "./console.js";

/**
 * The console (see {@link runConsole}, on standard input and output) over a corpus that may
 * change while it runs: each reload is announced with {@link showNotice}, and the folder is let
 * go however the console ends.
 */
export async function runLiveConsole(configured: Configured, knowledge: Knowledge): Promise<void> {
  const live = await liveKnowledge(configured, knowledge, { notify: (line) => showNotice(line) });
  try {
    await runConsole(live.current);
  } finally {
    live.close();
  }
}

/**
 * Shows one notice on standard error, where the log's lines go (so a console at a terminal
 * prints it over its prompt, see `runConsole`), in the log's own form there: a readable line
 * with the time and level at a terminal, a JSON line like the logger's otherwise (a file of
 * JSON log lines with readable notices among them would serve neither a reader nor a log
 * collector). The console logs warnings only, and a reload is news its user should still see.
 */
export function showNotice(
  line: string,
  pretty: boolean = process.stderr.isTTY === true,
  now: Date = new Date(),
): void {
  standardError.write(`${pretty ? noticeLine(line, now) : jsonNoticeLine(line, now)}\n`);
}

/** `[HH:MM:SS.mmm] INFO: line`, in local time, as pino-pretty prints the log. */
export function noticeLine(line: string, now: Date): string {
  const two = (n: number): string => String(n).padStart(2, "0");
  const time = `${two(now.getHours())}:${two(now.getMinutes())}:${two(now.getSeconds())}.${String(now.getMilliseconds()).padStart(3, "0")}`;
  return `[${time}] INFO: ${line}`;
}

/** The notice as the logger writes an info line without a terminal (pino's level 30). */
export function jsonNoticeLine(line: string, now: Date): string {
  return JSON.stringify({ level: 30, time: now.getTime(), app: "newsdesk", msg: line });
}
