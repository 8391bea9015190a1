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
 * prints it over its prompt, see `runConsole`), with the time and level those lines carry: the
 * console logs warnings only, and a reload is news its user should still see.
 */
export function showNotice(line: string, now: Date = new Date()): void {
  standardError.write(`${noticeLine(line, now)}\n`);
}

/** `[HH:MM:SS.mmm] INFO: line`, in local time, as pino-pretty prints the log. */
export function noticeLine(line: string, now: Date): string {
  const two = (n: number): string => String(n).padStart(2, "0");
  const time = `${two(now.getHours())}:${two(now.getMinutes())}:${two(now.getSeconds())}.${String(now.getMilliseconds()).padStart(3, "0")}`;
  return `[${time}] INFO: ${line}`;
}
