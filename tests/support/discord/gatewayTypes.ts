import type { WebSocket } from "ws";
import type { Json, JsonObject } from "./types.js";

/** One dispatch (op 0) as sent on a session. */
export interface SentDispatch {
  readonly s: number;
  readonly t: string;
  readonly d: Json;
}

/** A gateway session (what RESUME refers to). */
export interface GatewaySession {
  readonly id: string;
  readonly shardId: number;
  readonly shardCount: number;
  /** Last sequence number used. */
  seq: number;
  /** Every dispatch sent or queued on this session, for replay on RESUME. */
  readonly dispatches: SentDispatch[];
  /** False once the stand-in closed it with a non-resumable code or invalidated it. */
  resumable: boolean;
  /** The socket the session is live on, or null while disconnected. */
  socket: WebSocket | null;
}

/** Something that happened on the gateway, for tests to wait on. */
export interface GatewayEvent {
  readonly kind:
    | "connect"
    | "identify"
    | "ready"
    | "resume"
    | "resumed"
    | "invalid_session"
    | "heartbeat"
    | "close";
  readonly shardId: number | null;
  readonly sessionId: string | null;
  /**
   * Close code (kind `close`), URL path (kind `connect`), replayed dispatches (kind `resumed`), or
   * the shard count the bot identified with (kind `identify`).
   */
  readonly detail?: number | string;
}

/** What the gateway knows about the bot it serves. */
export interface GatewayConfig {
  readonly token: string;
  readonly botUser: JsonObject;
  readonly application: JsonObject;
  /** Gateway URL for RESUME (`resume_gateway_url`). */
  readonly resumeUrl: string;
  readonly heartbeatIntervalMs: number;
  /** Guild payloads for GUILD_CREATE, by guild id. */
  readonly guildPayloads: ReadonlyMap<string, JsonObject>;
}

/** Close codes after which Discord does not accept a RESUME. */
export const nonResumableCodes: ReadonlySet<number> = new Set([
  1000, 1001, 4004, 4007, 4009, 4010, 4011, 4012, 4013, 4014,
]);
