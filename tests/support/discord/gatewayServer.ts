import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer } from "ws";
import type { RawData, WebSocket } from "ws";
import { helloPayload, readyData } from "./gatewayPayloads.js";
import { GatewaySessions } from "./gatewaySessions.js";
import { nonResumableCodes } from "./gatewayTypes.js";
import type { GatewayConfig, GatewayEvent, GatewaySession } from "./gatewayTypes.js";
import { shardForGuild } from "./snowflake.js";
import type { Json } from "./types.js";
import { WaitableLog } from "./waiters.js";

interface Connection {
  session: GatewaySession | null;
}

type Data = Record<string, unknown>;
const trace = ['["gateway-standin-1",{"micros":0.0}]'];

/**
 * The gateway half of the stand-in (API v10, JSON, no compression): HELLO, IDENTIFY → READY +
 * GUILD_CREATE per owned guild, heartbeat ACKs, RESUME with replay, INVALID_SESSION, sharding.
 * Dispatches for a shard that is offline wait and are sent once it is back (RESUMED or READY).
 */
export class GatewayServer {
  /** Gateway happenings (connect, identify, ready, resume, resumed, invalid_session, heartbeat, close). */
  readonly events = new WaitableLog<GatewayEvent>();
  readonly sessions: GatewaySessions;
  readonly #wss = new WebSocketServer({ noServer: true });
  /** Dispatches the next RESUME sends again although the client had them (see `replayOnResume`). */
  replayAgain = 0;

  constructor(
    readonly config: GatewayConfig,
    defaultShardCount: number,
  ) {
    this.sessions = new GatewaySessions(defaultShardCount);
  }

  /** Takes over an HTTP upgrade on `/gateway` or `/resume`. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.#wss.handleUpgrade(req, socket, head, (ws) => this.#accept(ws, req));
  }

  /** The shard that owns a guild, or 0 for DMs. */
  shardFor(guildId: string | undefined): number {
    return guildId === undefined ? 0 : shardForGuild(guildId, this.sessions.shardCount);
  }

  /**
   * Drops live connections (all, or one shard's). Without a code the socket is cut (the client
   * sees 1006 and resumes); codes in {@link nonResumableCodes} also end the session.
   */
  close(code?: number, shardId?: number): void {
    for (const session of this.sessions.current()) {
      if (shardId !== undefined && session.shardId !== shardId) continue;
      if (code !== undefined && nonResumableCodes.has(code)) session.resumable = false;
      if (code === undefined) session.socket?.terminate();
      else session.socket?.close(code, "closed by the discord stand-in");
    }
  }

  /** Sends INVALID_SESSION (op 9) to a shard; `resumable: false` also ends its session. */
  invalidate(shardId: number, resumable: boolean): void {
    const session = this.sessions.current().find((s) => s.shardId === shardId);
    if (!session?.socket) return;
    session.resumable &&= resumable;
    session.socket.send(JSON.stringify({ op: 9, d: resumable, s: null, t: null }));
    this.events.push({ kind: "invalid_session", shardId, sessionId: session.id });
  }

  /** Closes every socket and the server. */
  async shutdown(): Promise<void> {
    for (const ws of this.#wss.clients) ws.terminate();
    this.events.cancelWaiters("closed");
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
  }

  #accept(ws: WebSocket, req: IncomingMessage): void {
    const url = new URL(req.url ?? "/", "ws://127.0.0.1");
    const conn: Connection = { session: null };
    this.events.push({ kind: "connect", shardId: null, sessionId: null, detail: url.pathname });
    ws.on("message", (raw) => this.#onMessage(ws, conn, raw));
    ws.on("close", (code) => {
      const session = conn.session;
      if (session?.socket === ws) session.socket = null;
      const ids = { shardId: session?.shardId ?? null, sessionId: session?.id ?? null };
      this.events.push({ kind: "close", ...ids, detail: code });
    });
    if (url.searchParams.get("v") !== "10") return ws.close(4012, "Invalid API version");
    if (url.searchParams.get("encoding") !== "json")
      return ws.close(4002, "Error while decoding payload.");
    ws.send(JSON.stringify(helloPayload(this.config.heartbeatIntervalMs)));
  }

  #onMessage(ws: WebSocket, conn: Connection, raw: RawData): void {
    let payload: { op?: unknown; d?: unknown };
    try {
      payload = JSON.parse(raw.toString()) as { op?: unknown; d?: unknown };
    } catch {
      return ws.close(4002, "Error while decoding payload.");
    }
    const d = (typeof payload.d === "object" && payload.d !== null ? payload.d : {}) as Data;
    const ids = { shardId: conn.session?.shardId ?? null, sessionId: conn.session?.id ?? null };
    switch (payload.op) {
      case 1:
        this.events.push({ kind: "heartbeat", ...ids });
        return ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      case 2:
        return this.#identify(ws, conn, d);
      case 6:
        return this.#resume(ws, conn, d);
      case 3:
      case 4:
      case 8:
        return conn.session ? undefined : ws.close(4003, "Not authenticated.");
      default:
        return ws.close(4001, "Unknown opcode.");
    }
  }

  #identify(ws: WebSocket, conn: Connection, d: Data): void {
    if (conn.session) return ws.close(4005, "Already authenticated.");
    if (d["token"] !== this.config.token) return ws.close(4004, "Authentication failed.");
    if (typeof d["intents"] !== "number") return ws.close(4013, "Invalid intent(s).");
    const [shardId, shardCount] = (Array.isArray(d["shard"]) ? d["shard"] : [0, 1]).map(Number);
    if (
      shardId === undefined ||
      shardCount === undefined ||
      !(shardId >= 0 && shardId < shardCount)
    ) {
      return ws.close(4010, "Invalid shard.");
    }
    const session = this.sessions.create(ws, shardId, shardCount);
    conn.session = session;
    this.events.push({ kind: "identify", shardId, sessionId: session.id, detail: shardCount });
    const owned = [...this.config.guildPayloads.keys()].filter(
      (id) => shardForGuild(id, shardCount) === shardId,
    );
    this.sessions.send(session, "READY", readyData(this.config, session, owned));
    for (const id of owned) {
      this.sessions.send(session, "GUILD_CREATE", this.config.guildPayloads.get(id) ?? null);
    }
    this.events.push({ kind: "ready", shardId, sessionId: session.id });
    this.sessions.flushOffline(session);
  }

  #resume(ws: WebSocket, conn: Connection, d: Data): void {
    const session = this.sessions.resumable(String(d["session_id"]));
    const ids = { shardId: session?.shardId ?? null, sessionId: session?.id ?? null };
    this.events.push({ kind: "resume", ...ids });
    if (!session || d["token"] !== this.config.token) {
      this.events.push({ kind: "invalid_session", ...ids });
      return ws.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
    }
    if (session.socket && session.socket !== ws) session.socket.terminate();
    session.socket = ws;
    conn.session = session;
    // Discord may resend events the client already had (it cannot know what was read before
    // the drop); `replayAgain` makes the next RESUME do so for that many.
    const from = Math.max(0, (typeof d["seq"] === "number" ? d["seq"] : 0) - this.replayAgain);
    this.replayAgain = 0;
    const missed = session.dispatches.filter((e) => e.s > from);
    for (const e of missed) ws.send(JSON.stringify({ op: 0, ...e }));
    // RESUMED takes a sequence number but is not itself replayed by a later RESUME.
    const resumed: Json = { _trace: trace };
    ws.send(JSON.stringify({ op: 0, t: "RESUMED", s: ++session.seq, d: resumed }));
    this.events.push({ kind: "resumed", ...ids, detail: missed.length });
    this.sessions.flushOffline(session);
  }
}
