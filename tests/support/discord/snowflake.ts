const discordEpoch = 1_420_070_400_000n;
let increment = 0n;

/**
 * A fresh, realistic Discord snowflake (timestamp-based, 18–19 digits), unique within the process.
 * `@discordjs/rest` only recognises 17–19 digit ids as major parameters, so short fake ids would
 * put every webhook into one rate-limit bucket.
 */
export function nextSnowflake(at: number = Date.now()): string {
  increment = (increment + 1n) % 4096n;
  return (((BigInt(at) - discordEpoch) << 22n) | (1n << 17n) | (1n << 12n) | increment).toString();
}

/** The shard that owns a guild: `(guild_id >> 22) % num_shards`, as Discord routes it. */
export function shardForGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A fresh snowflake whose guild would be owned by `shardId` of `shardCount`. */
export function snowflakeOnShard(shardId: number, shardCount: number): string {
  for (let ms = Date.now(); ; ms -= 1) {
    const id = nextSnowflake(ms);
    if (shardForGuild(id, shardCount) === shardId) return id;
  }
}

/** The creation time encoded in a snowflake, as an ISO timestamp. */
export function snowflakeTime(id: string): string {
  return new Date(Number((BigInt(id) >> 22n) + discordEpoch)).toISOString();
}
