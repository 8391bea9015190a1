import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { appRoutes } from "./appRoutes.js";
import { bindBuilders } from "./boundBuilders.js";
import { FaultInjector } from "./faults.js";
import { applicationPayload, userPayload } from "./fixtures.js";
import { guildCreatePayload, makeGuild } from "./guildPayload.js";
import { GatewayServer } from "./gatewayServer.js";
import { interactionRoutes } from "./interactionRoutes.js";
import { InteractionStore } from "./interactionStore.js";
import { threadRoutes } from "./threadRoutes.js";
import { OpenApiCheck } from "./openApiCheck.js";
import { handleRest } from "./restServer.js";
import { nextSnowflake } from "./snowflake.js";
import type { DiscordStandIn, StandInOptions } from "./standInTypes.js";
import type { JsonObject, RecordedRequest } from "./types.js";
import { WaitableLog } from "./waiters.js";

/** Starts a stand-in for Discord's REST API (v10) and gateway on 127.0.0.1, on a free port. */
export async function startDiscordStandIn(options: StandInOptions = {}): Promise<DiscordStandIn> {
  const token = options.token ?? "standin-token";
  const applicationId = options.applicationId ?? nextSnowflake();
  const botUser = userPayload(applicationId, "Newsdesk", true);
  const ownerId = nextSnowflake();
  const guilds = (options.guilds ?? [{}]).map(makeGuild);
  const application = applicationPayload(botUser, userPayload(ownerId, "owner"), guilds.length);
  const log = new WaitableLog<RecordedRequest>();
  const faults = new FaultInjector();
  const interactions = new InteractionStore();
  const commands = new Map<string, JsonObject[]>();
  const threads = new Map<string, JsonObject>();
  const openApi = new OpenApiCheck(options.openApiPath);

  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const gatewayUrl = `ws://127.0.0.1:${port}/gateway`;
  const gateway = new GatewayServer(
    {
      token,
      botUser,
      application,
      resumeUrl: `ws://127.0.0.1:${port}/resume`,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      guildPayloads: new Map(guilds.map((g) => [g.id, guildCreatePayload(g, botUser, ownerId)])),
    },
    options.shards ?? 1,
  );
  const routes = [
    ...appRoutes({
      application,
      botUser,
      gatewayUrl,
      shards: options.shards ?? 1,
      maxConcurrency: options.maxConcurrency ?? 1,
      commands,
    }),
    ...interactionRoutes(interactions, options.ackDeadlineMs ?? 3_000),
    ...threadRoutes(guilds, botUser, threads),
  ];
  const deps = { token, routes, faults, openApi, interactions, log };
  server.on("request", (req, res) => {
    handleRest(deps, req, res).catch((error: unknown) => {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: `stand-in failure: ${String(error)}`, code: 0 }));
    });
  });
  server.on("upgrade", (req, socket, head: Buffer) => {
    const path = new URL(req.url ?? "/", "ws://127.0.0.1").pathname;
    if (path === "/gateway" || path === "/resume") gateway.handleUpgrade(req, socket, head);
    else socket.destroy();
  });

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    gatewayUrl,
    token,
    applicationId,
    botUser,
    guilds,
    openApi,
    commands,
    threads,
    get requests() {
      return log.items;
    },
    get gatewayEvents() {
      return gateway.events.items;
    },
    build: bindBuilders(applicationId, guilds, commands),
    dispatchInteraction(payload, timeoutMs = 5_000) {
      const state = interactions.add(payload, botUser);
      const guildId = typeof payload["guild_id"] === "string" ? payload["guild_id"] : undefined;
      const reply = log.waitFor(
        (r) => r.interactionId === state.id && r.path.endsWith("/callback") && r.status < 400,
        timeoutMs,
        `the reply to interaction ${state.id}`,
      );
      gateway.sessions.dispatch(gateway.shardFor(guildId), "INTERACTION_CREATE", payload);
      return reply;
    },
    dispatch: (event, data, shardId = 0) => gateway.sessions.dispatch(shardId, event, data),
    waitForRequest: (predicate, timeoutMs = 2_000, fromIndex = 0) =>
      log.waitFor(predicate, timeoutMs, "a matching REST request", fromIndex),
    nextGatewayEvent: (kind, shardId, timeoutMs = 10_000) =>
      gateway.events.waitFor(
        (e) => e.kind === kind && (shardId === undefined || e.shardId === shardId),
        timeoutMs,
        `gateway event ${kind}`,
        gateway.events.items.length,
      ),
    waitForGateway: (predicate, timeoutMs = 10_000) =>
      gateway.events.waitFor(predicate, timeoutMs, "a gateway event"),
    interactionRequests: (interaction) =>
      log.items.filter((r) => r.interactionId === interaction["id"]),
    failNext: (fault) => faults.add(fault),
    closeGateway: (code, shardId) => gateway.close(code, shardId),
    invalidateSession: (shardId, resumable) => gateway.invalidate(shardId, resumable),
    replayOnResume: (count) => (gateway.replayAgain = count),
    async close() {
      log.cancelWaiters("closed");
      faults.clear();
      await gateway.shutdown();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((e) => (e ? reject(e) : resolve())),
      );
    },
  };
}
