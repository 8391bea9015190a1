import { fork, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ShardingManager, type Shard } from "discord.js";
import type { DiscordConfig } from "../config.js";
import type { Logger } from "../logger.js";
import { planShards } from "./shardPlan.js";

/**
 * The kind of file this one is: `.js` when the compiled build runs, `.ts` when the sources run
 * through tsx, whose loader a child process must then be given.
 */
const EXTENSION = path.extname(fileURLToPath(import.meta.url));
/** The file each shard process runs. */
const SHARD_FILE = fileURLToPath(new URL(`./shard${EXTENSION}`, import.meta.url));
/** The file that prepares the knowledge snapshot before the shards start. */
const SNAPSHOT_STEP_FILE = fileURLToPath(new URL(`./snapshotStep${EXTENSION}`, import.meta.url));
const TSX = EXTENSION === ".ts" ? ["--import", import.meta.resolve("tsx")] : [];
/** A shard loads its knowledge before it logs in; a large corpus without a snapshot takes a while. */
const SHARD_READY_TIMEOUT_MS = 120_000;

/**
 * Runs the bot as `shardCount` shard processes under discord.js's ShardingManager (a crashed
 * shard is respawned). A process of its own first checks the corpus and makes the knowledge
 * snapshot that every shard then loads, so this process never holds the knowledge; when that
 * step fails (an unreadable corpus: 2), no shard starts and its exit code is returned. SIGINT
 * or SIGTERM stop every shard the way a single bot stops (finish the replies under way, log
 * out), then the manager exits 0, or 1 if a shard did not exit cleanly; before the shards
 * start, they stop the step and exit 0.
 */
export async function runShards(
  discord: DiscordConfig,
  requested: number | "auto",
  logger: Logger,
): Promise<number | null> {
  let step: ChildProcess | null = null;
  let manager: ShardingManager | null = null;
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    if (!manager) {
      step?.kill();
      logger.info({ signal }, "stopped before any shard started");
      process.exit(0);
    }
    manager.respawn = false;
    logger.info({ signal }, "stopping shards");
    const codes = await Promise.all([...manager.shards.values()].map(stopShard));
    logger.info({ exitCodes: codes }, "all shards stopped");
    process.exit(codes.every((code) => code === 0) ? 0 : 1);
  };
  process.once("SIGINT", (signal) => void stop(signal));
  process.once("SIGTERM", (signal) => void stop(signal));

  step = fork(SNAPSHOT_STEP_FILE, [], { execArgv: TSX, stdio: "inherit" });
  const [code] = (await once(step, "exit")) as [number | null];
  step = null;
  if (code !== 0) {
    logger.error({ exitCode: code }, "the corpus or its snapshot is not ready; no shard started");
    return code ?? 1;
  }
  const plan = await planShards(discord, requested);
  manager = new ShardingManager(SHARD_FILE, {
    token: discord.token,
    totalShards: plan.shardCount,
    execArgv: TSX,
  });
  manager.on("shardCreate", (shard: Shard) => {
    logger.info({ shard: shard.id, of: plan.shardCount }, "shard process started");
    shard.on("death", () => {
      if (!stopping) logger.warn({ shard: shard.id }, "shard process died; respawning it");
    });
  });
  await manager.spawn({ delay: plan.spawnDelayMs, timeout: SHARD_READY_TIMEOUT_MS });
  logger.info({ shards: plan.shardCount }, "every shard is ready");
  return null;
}

/** Sends the shard SIGTERM (its own handler finishes replies and logs out) and waits for it. */
async function stopShard(shard: Shard): Promise<number | null> {
  const child = shard.process;
  if (!child || child.exitCode !== null) return child?.exitCode ?? 0;
  const exited = once(child, "exit") as Promise<[number | null]>;
  shard.kill();
  const [code] = await exited;
  return code;
}
