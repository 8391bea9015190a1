import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { DiscordStandIn } from "./discord/index.js";

const ROOT = path.join(import.meta.dirname, "../..");

/** The bot running as `npm start` runs it (`tsx src/main.ts`), pointed at a stand-in. */
export interface BotProcess {
  readonly child: ChildProcess;
  /** Everything the bot logged (standard error), as text. */
  logs(): string;
  /** Sends `signal` and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts the bot against `standIn` with extra environment variables; resolves once it is ready. */
export async function startBot(
  standIn: DiscordStandIn,
  env: Record<string, string> = {},
): Promise<BotProcess> {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "src/main.ts"],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? "",
        DISCORD_TOKEN: standIn.token,
        DISCORD_CLIENT_ID: standIn.applicationId,
        DISCORD_API_URL: standIn.apiUrl,
        COOLDOWN_SECONDS: "0",
        LOG_LEVEL: "info",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  const ready = standIn.waitForGateway((e) => e.kind === "ready", 20_000);
  await Promise.race([
    ready,
    exited.then((code) => {
      throw new Error(`bot exited with ${code} before it was ready:\n${stderr}`);
    }),
  ]);
  // READY is sent; the client is ready once the guilds arrive and it logs so.
  const deadline = Date.now() + 10_000;
  while (!stderr.includes("logged in to Discord")) {
    if (Date.now() > deadline) throw new Error(`bot never logged in:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return {
    child,
    logs: () => stderr,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
