import { pino, type DestinationStream, type Logger } from "pino";
import { PinoPretty } from "pino-pretty";

export type { Logger };

/**
 * The structured logger, on standard error so standard output stays free for the terminal
 * front end's answers and `--json`: readable lines (pino's own pretty printer: local time,
 * level, message, then the fields) when standard error is a terminal, JSON lines otherwise
 * (for files and log collectors). Interaction tokens never reach the log.
 */
export function createLogger(level: string, pretty = process.stderr.isTTY === true): Logger {
  // discord.js errors carry the request URL (with the interaction token) and body: keep them out.
  const redact = { paths: ["err.url", "err.requestBody"], censor: "[redacted]" };
  const destination: DestinationStream = pretty
    ? PinoPretty({
        destination: 2,
        sync: true,
        colorize: true,
        translateTime: "SYS:HH:MM:ss.l",
        ignore: "pid,hostname,app",
        singleLine: true,
      })
    : pino.destination({ dest: 2, sync: true });
  return pino({ level, base: { app: "newsdesk" }, redact }, destination);
}
