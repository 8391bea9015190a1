import { fork } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { ShardingManager, type Shard } from "discord.js";
import type { DiscordConfig } from "../config.js";
import type { Logger } from "../logger.js";
import { planShards } from "./shardPlan.js";

/** The file each shard process runs: TypeScript, loaded through tsx (no build step). */
const SHARD_FILE = fileURLToPath(new URL("./shard.ts", import.meta.url));
/** The file that makes the knowledge snapshot before the shards start. */
const SNAPSHOT_STEP_FILE = fileURLToPath(new URL("./snapshotStep.ts", import.meta.url));
const TSX = ["--import", import.meta.resolve("tsx")];
/** A shard loads its knowledge before it logs in; a large corpus without a snapshot takes a while. */
const SHARD_READY_TIMEOUT_MS = 120_000;

/**
 * Runs the bot as `shardCount` shard processes under discord.js's ShardingManager (a crashed
 * shard is respawned). With a snapshot folder, a process of its own first makes the knowledge
 * snapshot that every shard then loads; this process never builds the knowledge. SIGINT or
 * SIGTERM stop every shard the way a single bot stops (finish the replies under way, log out),
 * then the manager exits 0, or 1 if a shard did not exit cleanly. Returns an exit code instead
 * of starting when the snapshot could not be made.
 */
export async function runShards(
  discord: DiscordConfig,
  requested: number | "auto",
  cacheDir: string | null,
  logger: Logger,
): Promise<number | null> {
  if (cacheDir === null) {
    logger.info("INDEX_CACHE_DIR is off: each shard builds the knowledge itself");
  } else {
    const code = await makeSnapshot();
    if (code !== 0) {
      logger.error(
        { exitCode: code },
        "the knowledge snapshot could not be made; no shard started",
      );
      return code ?? 1;
    }
  }
  const plan = await planShards(discord, requested);
  const manager = new ShardingManager(SHARD_FILE, {
    token: discord.token,
    totalShards: plan.shardCount,
    execArgv: TSX,
  });
  let stopping = false;
  manager.on("shardCreate", (shard: Shard) => {
    logger.info({ shard: shard.id, of: plan.shardCount }, "shard process started");
    shard.on("death", () => {
      if (!stopping) logger.warn({ shard: shard.id }, "shard process died; respawning it");
    });
  });
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    manager.respawn = false;
    logger.info({ signal }, "stopping shards");
    const codes = await Promise.all([...manager.shards.values()].map(stopShard));
    logger.info({ exitCodes: codes }, "all shards stopped");
    process.exit(codes.every((code) => code === 0) ? 0 : 1);
  };
  process.once("SIGINT", (signal) => void stop(signal));
  process.once("SIGTERM", (signal) => void stop(signal));
  await manager.spawn({ delay: plan.spawnDelayMs, timeout: SHARD_READY_TIMEOUT_MS });
  logger.info({ shards: plan.shardCount }, "every shard is ready");
  return null;
}

/** Runs the snapshot step (its logs and errors go where this process's go) and waits for it. */
async function makeSnapshot(): Promise<number | null> {
  const child = fork(SNAPSHOT_STEP_FILE, [], { execArgv: TSX, stdio: "inherit" });
  const [code] = (await once(child, "exit")) as [number | null];
  return code;
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
