import { pino, type DestinationStream, type Logger } from "pino";
import { prettyFactory } from "pino-pretty";

export type { Logger };

/**
 * Standard error, written a whole line at a time, with one hook: a console at a terminal wraps
 * each line (see `runConsole`) to clear its prompt before and draw it again after. The log and
 * the console's own notices both write here, so neither lands on the prompt line (a warning
 * printed after `newsdesk> ` left no prompt to type at).
 */
export class StandardError {
  #around: ((write: () => void) => void) | null = null;

  /** Writes `text` (whole lines), through the console's wrap when one is set. */
  write(text: string): void {
    const write = (): void => void process.stderr.write(text);
    if (this.#around) this.#around(write);
    else write();
  }

  /** Sets the wrap around every write; null writes straight to standard error again. */
  around(wrap: ((write: () => void) => void) | null): void {
    this.#around = wrap;
  }
}

/** The process's one standard error, as the logger and the console write to it. */
export const standardError = new StandardError();

/**
 * The structured logger, on standard error so standard output stays free for the terminal
 * front end's answers and `--json`: readable lines (pino's own pretty printer: local time,
 * level, message, then the fields) when standard error is a terminal, JSON lines otherwise
 * (for files and log collectors). Interaction tokens never reach the log. Each line is
 * written synchronously through {@link standardError}.
 */
export function createLogger(level: string, pretty = process.stderr.isTTY === true): Logger {
  // discord.js errors carry the request URL (with the interaction token) and body: keep them out.
  const redact = { paths: ["err.url", "err.requestBody"], censor: "[redacted]" };
  const readable = pretty
    ? prettyFactory({
        colorize: true,
        translateTime: "SYS:HH:MM:ss.l",
        ignore: "pid,hostname,app",
        singleLine: true,
      })
    : null;
  const destination: DestinationStream = {
    write: (line: string) => standardError.write(readable ? readable(line) : line),
  };
  return pino({ level, base: { app: "newsdesk" }, redact }, destination);
}
