import { REST, Routes, type RESTGetAPIGatewayBotResult } from "discord.js";
import type { DiscordConfig } from "../config.js";
import { restOptions } from "./restOptions.js";

/** How many shards to start, and how far apart. */
export interface ShardPlan {
  readonly shardCount: number;
  /** Milliseconds between shard spawns, so no two shards of one IDENTIFY bucket meet within 5 s. */
  readonly spawnDelayMs: number;
}

/** Discord allows one IDENTIFY per 5 s per bucket (`shard_id % max_concurrency`); a margin on top. */
const IDENTIFY_SPACING_MS = 5_500;

/**
 * Asks `GET /gateway/bot` (through `DISCORD_API_URL` when set: discord.js's own
 * `fetchRecommendedShardCount` always calls discord.com) for the recommended shard count, used
 * when `requested` is `auto`, and for `max_concurrency`, which sets the spawn delay: shards
 * `max_concurrency` apart share a bucket, so spacing spawns 5.5 s / `max_concurrency` apart
 * keeps every bucket to one IDENTIFY per 5 s, and no delay is needed when every shard has its own.
 */
export async function planShards(
  discord: DiscordConfig,
  requested: number | "auto",
): Promise<ShardPlan> {
  const rest = new REST(restOptions(discord)).setToken(discord.token);
  const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  const shardCount = requested === "auto" ? Math.max(1, gateway.shards) : requested;
  const concurrency = Math.max(1, gateway.session_start_limit.max_concurrency);
  return {
    shardCount,
    spawnDelayMs: shardCount <= concurrency ? 0 : Math.ceil(IDENTIFY_SPACING_MS / concurrency),
  };
}
