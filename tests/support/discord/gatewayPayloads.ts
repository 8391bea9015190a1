import type { GatewayConfig, GatewaySession } from "./gatewayTypes.js";
import type { JsonObject } from "./types.js";

/** HELLO (op 10). */
export function helloPayload(heartbeatIntervalMs: number): JsonObject {
  return {
    op: 10,
    d: {
      heartbeat_interval: heartbeatIntervalMs,
      _trace: ['["gateway-standin-1",{"micros":0.0}]'],
    },
    s: null,
    t: null,
  };
}

/** READY's data: user, guilds (unavailable until their GUILD_CREATE), session, resume URL, shard, application. */
export function readyData(
  config: GatewayConfig,
  session: GatewaySession,
  guildIds: readonly string[],
): JsonObject {
  return {
    v: 10,
    user: { ...config.botUser, verified: true, mfa_enabled: false, email: null },
    user_settings: {},
    guilds: guildIds.map((id) => ({ id, unavailable: true })),
    presences: [],
    private_channels: [],
    relationships: [],
    guild_join_requests: [],
    geo_ordered_rtc_regions: ["standin"],
    game_relationships: [],
    auth: {},
    session_id: session.id,
    session_type: "normal",
    resume_gateway_url: config.resumeUrl,
    shard: [session.shardId, session.shardCount],
    application: { id: config.application["id"] ?? null, flags: config.application["flags"] ?? 0 },
    _trace: ['["gateway-standin-1",{"micros":0.0}]'],
  };
}
