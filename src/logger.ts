import { pino, type Logger } from "pino";

export type { Logger };

/**
 * The structured logger: JSON lines on standard error, so standard output stays free for the
 * terminal front end's answers and `--json`.
 */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: "newsdesk" } }, pino.destination({ dest: 2, sync: true }));
}
