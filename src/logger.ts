import { pino, type Logger } from "pino";

export type { Logger };

/**
 * The structured logger: JSON lines on standard error, so standard output stays free for the
 * terminal front end's answers and `--json`. Interaction tokens never reach the log.
 */
export function createLogger(level: string): Logger {
  // discord.js errors carry the request URL (with the interaction token) and body: keep them out.
  const redact = { paths: ["err.url", "err.requestBody"], censor: "[redacted]" };
  return pino(
    { level, base: { app: "newsdesk" }, redact },
    pino.destination({ dest: 2, sync: true }),
  );
}
