import { randomBytes } from "node:crypto";
import type { WebSocket } from "ws";
import type { GatewaySession } from "./gatewayTypes.js";
import type { Json } from "./types.js";

/**
 * The gateway's sessions: the current one per shard, all of them by id (for RESUME), and the
 * dispatches waiting for an offline shard.
 */
export class GatewaySessions {
  readonly #current = new Map<number, GatewaySession>();
  readonly #byId = new Map<string, GatewaySession>();
  readonly #offline = new Map<number, { t: string; d: Json }[]>();

  constructor(readonly defaultShardCount: number) {}

  /** Shard count in use: what the bot identified with, else what `/gateway/bot` recommends. */
  get shardCount(): number {
    return [...this.#current.values()][0]?.shardCount ?? this.defaultShardCount;
  }

  /** The current sessions, one per shard that has identified. */
  current(): GatewaySession[] {
    return [...this.#current.values()];
  }

  /** Starts a session for a shard that identified on `socket`; it becomes the shard's current one. */
  create(socket: WebSocket, shardId: number, shardCount: number): GatewaySession {
    const session: GatewaySession = {
      id: randomBytes(16).toString("hex"),
      shardId,
      shardCount,
      seq: 0,
      dispatches: [],
      resumable: true,
      socket,
    };
    this.#byId.set(session.id, session);
    this.#current.set(shardId, session);
    return session;
  }

  /** The session a RESUME names, if Discord would still resume it. */
  resumable(sessionId: string): GatewaySession | undefined {
    const session = this.#byId.get(sessionId);
    return session?.resumable && this.#current.get(session.shardId) === session
      ? session
      : undefined;
  }

  /** Sends a dispatch to the shard's live session, or keeps it until the shard is back. */
  dispatch(shardId: number, t: string, d: Json): void {
    const session = this.#current.get(shardId);
    if (session?.socket) this.send(session, t, d);
    else this.#offline.set(shardId, [...(this.#offline.get(shardId) ?? []), { t, d }]);
  }

  /** Sends what waited while the session's shard was offline. */
  flushOffline(session: GatewaySession): void {
    const queued = this.#offline.get(session.shardId) ?? [];
    this.#offline.delete(session.shardId);
    for (const { t, d } of queued) this.send(session, t, d);
  }

  /** Sends a dispatch with the session's next sequence number and keeps it for replay. */
  send(session: GatewaySession, t: string, d: Json): void {
    const dispatch = { s: ++session.seq, t, d };
    session.dispatches.push(dispatch);
    session.socket?.send(JSON.stringify({ op: 0, ...dispatch }));
  }
}
