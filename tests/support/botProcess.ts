import { spawn, type ChildProcess } from "node:child_process";
import { pathToFileURL } from "node:url";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { cleanEnv } from "./cleanEnv.js";
import type { DiscordStandIn } from "./discord/index.js";

const ROOT = path.join(import.meta.dirname, "../..");

/** The bot running from `src/main.ts` through tsx (the code `npm start` runs compiled), pointed at a stand-in. */
export interface BotProcess {
  readonly child: ChildProcess;
  /** Everything the bot logged (standard error), as text. */
  logs(): string;
  /** Everything the bot logged, as parsed JSON lines (lines that are not JSON are left out). */
  logLines(): Record<string, unknown>[];
  /** Waits until `count` logged lines match `predicate` (default: 10 s); resolves with them. */
  waitForLog(
    predicate: (line: Record<string, unknown>) => boolean,
    count?: number,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>[]>;
  /** Sends `signal` and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** How long to wait, and for how many clients (one per shard process) to log in. */
export interface StartBotOptions {
  /** "logged in to Discord" lines to wait for (default 1; one per shard under the ShardingManager). */
  readonly loggedIn?: number;
  /** Milliseconds to wait for them (default 30 000). */
  readonly timeoutMs?: number;
  /**
   * The text of a `.env` file. When given, the bot starts as an operator starts it: in a folder
   * holding that `.env`, with no configuration variable in its environment at all, so the file
   * alone configures it (`env` is then ignored).
   */
  readonly dotenv?: string;
}

function parseLines(text: string): Record<string, unknown>[] {
  return text.split("\n").flatMap((line) => {
    if (!line.startsWith("{")) return [];
    try {
      return [JSON.parse(line) as Record<string, unknown>];
    } catch {
      return [];
    }
  });
}

/** Starts the bot against `standIn` with extra environment variables; resolves once it is ready. */
export async function startBot(
  standIn: DiscordStandIn,
  env: Record<string, string> = {},
  options: StartBotOptions = {},
): Promise<BotProcess> {
  let cwd = ROOT;
  let childEnv: Record<string, string> = {
    ...standInEnv(standIn),
    COOLDOWN_SECONDS: "0",
    LOG_LEVEL: "info",
    ...env,
  };
  if (options.dotenv !== undefined) {
    cwd = await mkdtemp(path.join(tmpdir(), "newsdesk-dotenv-"));
    await writeFile(path.join(cwd, ".env"), options.dotenv);
    childEnv = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" };
  }
  const child = spawn(
    process.execPath,
    // The sources, as the tests run them; tsx's loader by its path, as the process may run in another folder.
    [
      "--import",
      pathToFileURL(path.join(ROOT, "node_modules/tsx/dist/loader.mjs")).href,
      path.join(ROOT, "src/main.ts"),
    ],
    { cwd, env: childEnv, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  const ready = standIn.waitForGateway((e) => e.kind === "ready", options.timeoutMs ?? 30_000);
  await Promise.race([
    ready,
    exited.then((code) => {
      throw new Error(`bot exited with ${code} before it was ready:\n${stderr}`);
    }),
  ]);
  // READY is sent; the client is ready once the guilds arrive and it logs so.
  const waitForLog = async (
    predicate: (line: Record<string, unknown>) => boolean,
    count = 1,
    timeoutMs = 10_000,
  ): Promise<Record<string, unknown>[]> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = parseLines(stderr).filter(predicate);
      if (found.length >= count) return found;
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error(`bot never logged ${count} matching line(s):\n${stderr}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  await waitForLog(
    (line) => line["msg"] === "logged in to Discord",
    options.loggedIn ?? 1,
    options.timeoutMs ?? 30_000,
  );
  return {
    child,
    logs: () => stderr,
    logLines: () => parseLines(stderr),
    waitForLog,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null) child.kill(signal);
      const code = await exited;
      if (cwd !== ROOT) await rm(cwd, { recursive: true, force: true });
      return code;
    },
  };
}

/**
 * The environment that points Newsdesk at a stand-in: its token, application and REST URL, and
 * no other configuration (see {@link cleanEnv}).
 */
export function standInEnv(standIn: DiscordStandIn): Record<string, string> {
  return cleanEnv({
    DISCORD_TOKEN: standIn.token,
    DISCORD_CLIENT_ID: standIn.applicationId,
    DISCORD_API_URL: standIn.apiUrl,
  });
}
