import type { PayloadBuilders } from "./boundBuilders.js";
import type { GatewayEvent } from "./gatewayTypes.js";
import type { OpenApiCheck } from "./openApiCheck.js";
import type { FaultSpec, GuildFixture, Json, JsonObject, RecordedRequest } from "./types.js";

/** How to start a stand-in; every field has a default. */
export interface StandInOptions {
  /** The bot token the stand-in accepts (default `"standin-token"`). */
  readonly token?: string;
  /** Application id, also the bot user's id (default: a fresh snowflake). */
  readonly applicationId?: string;
  /** Guilds the bot is in (default: one). */
  readonly guilds?: readonly Partial<GuildFixture>[];
  /** Shards `GET /gateway/bot` recommends (default 1); the bot may identify with any count. */
  readonly shards?: number;
  /**
   * `session_start_limit.max_concurrency` (default 1, as for most bots). discord.js lets one shard
   * per bucket (`shard_id % max_concurrency`) IDENTIFY every 5 s, so with the default a second
   * shard, or a re-identify within 5 s, waits up to 6.5 s; raise it to start shards together.
   */
  readonly maxConcurrency?: number;
  /** HELLO's heartbeat interval (default 41 250 ms, as Discord). */
  readonly heartbeatIntervalMs?: number;
  /** After this long an interaction can no longer be acknowledged (default 3 000 ms, as Discord). */
  readonly ackDeadlineMs?: number;
  /** Discord's OpenAPI description (default `../shared/data/discord-openapi/openapi.json`). */
  readonly openApiPath?: string;
}

/** A running stand-in for Discord's REST API and gateway on 127.0.0.1. */
export interface DiscordStandIn {
  /** REST base to give discord.js (`rest.api`) or the bot (`DISCORD_API_URL`); discord.js appends `/v10`. */
  readonly apiUrl: string;
  readonly gatewayUrl: string;
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: JsonObject;
  readonly guilds: readonly GuildFixture[];
  /** The OpenAPI check: `available`, `notice`, `violations`. */
  readonly openApi: OpenApiCheck;
  /** Every REST request so far, oldest first. */
  readonly requests: readonly RecordedRequest[];
  /** Gateway happenings so far (connect, identify, ready, resume, resumed, invalid_session, heartbeat, close). */
  readonly gatewayEvents: readonly GatewayEvent[];
  /** Registered commands by scope (`"global"` or a guild id). */
  readonly commands: ReadonlyMap<string, readonly JsonObject[]>;
  /** Threads started on messages, by id (a thread takes its message's id). */
  readonly threads: ReadonlyMap<string, JsonObject>;
  /** Interaction payload builders bound to this stand-in. */
  readonly build: PayloadBuilders;
  /**
   * Sends INTERACTION_CREATE to the shard that owns the payload's guild (shard 0 for DMs) and
   * resolves with the interaction's first accepted callback request (status < 400); rejects after
   * `timeoutMs` (default 5 000).
   */
  dispatchInteraction(payload: JsonObject, timeoutMs?: number): Promise<RecordedRequest>;
  /** Sends any dispatch event to a shard (default: shard 0). */
  dispatch(event: string, data: Json, shardId?: number): void;
  /** The first request matching `predicate` at or after `fromIndex` (default 0), waiting up to `timeoutMs` (default 2 000). */
  waitForRequest(
    predicate: (r: RecordedRequest) => boolean,
    timeoutMs?: number,
    fromIndex?: number,
  ): Promise<RecordedRequest>;
  /** The next gateway event of `kind` (optionally for `shardId`) from now on; default timeout 10 s (see `maxConcurrency`). */
  nextGatewayEvent(
    kind: GatewayEvent["kind"],
    shardId?: number,
    timeoutMs?: number,
  ): Promise<GatewayEvent>;
  /** Waits for the first gateway event matching `predicate` (past or future). */
  waitForGateway(
    predicate: (e: GatewayEvent) => boolean,
    timeoutMs?: number,
  ): Promise<GatewayEvent>;
  /** REST requests made for one interaction (callback, follow-ups, `@original`), oldest first. */
  interactionRequests(interaction: JsonObject): RecordedRequest[];
  /** Makes the next matching requests fail with 500 or 429. */
  failNext(fault: FaultSpec): void;
  /** Drops gateway connections (all or one shard); no code cuts the socket (resumable), 4007/4009/1000 end the session. */
  closeGateway(code?: number, shardId?: number): void;
  /**
   * Makes the next RESUME also replay the last `count` dispatches the client already received,
   * as Discord may after a drop: the bot then sees those events (interactions too) twice.
   */
  replayOnResume(count: number): void;
  /** Sends INVALID_SESSION to a shard. */
  invalidateSession(shardId: number, resumable: boolean): void;
  /** Closes every connection and the server. */
  close(): Promise<void>;
}
