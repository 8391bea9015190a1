import type { Knowledge } from "../knowledge.js";
import { liveKnowledge } from "../liveKnowledge.js";
import { standardError } from "../logger.js";
import type { Configured } from "../startup.js";

/**
 * Where the console's notices go: standard error, as the log's lines do (see
 * {@link standardError}); a console at a terminal redraws its prompt around both (see
 * {@link ConsoleNotices.around}).
 */
export class ConsoleNotices {
  /** Shows one notice, with the time and level the log's own readable lines carry. */
  show(line: string, now: Date = new Date()): void {
    standardError.write(`${noticeLine(line, now)}\n`);
  }

  /**
   * Lets a console wrap each notice and each log line: clear the prompt line before, draw the
   * prompt and what is typed so far again after (a line printed after `newsdesk> ` left no
   * prompt to type at).
   */
  around(wrap: ((write: () => void) => void) | null): void {
    standardError.around(wrap);
  }
}

/**
 * The console over a corpus that may change while it runs: each reload is announced through
 * `notices`, and the folder is let go however the console ends.
 */
export async function runLiveConsole(
  configured: Configured,
  knowledge: Knowledge,
  run: (current: () => Knowledge, notices: ConsoleNotices) => Promise<void>,
): Promise<void> {
  const notices = new ConsoleNotices();
  const live = await liveKnowledge(configured, knowledge, {
    notify: (line) => notices.show(line),
  });
  try {
    await run(live.current, notices);
  } finally {
    live.close();
  }
}

/** `[HH:MM:SS.mmm] INFO: line`, in local time, as pino-pretty prints the log. */
export function noticeLine(line: string, now: Date): string {
  const two = (n: number): string => String(n).padStart(2, "0");
  const time = `${two(now.getHours())}:${two(now.getMinutes())}:${two(now.getSeconds())}.${String(now.getMilliseconds()).padStart(3, "0")}`;
  return `[${time}] INFO: ${line}`;
}
