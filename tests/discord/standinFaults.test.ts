import { once } from "node:events";
import { DiscordAPIError, Events, HTTPError, type Client } from "discord.js";
import { describe, expect, it } from "vitest";
import { startDiscordStandIn, type DiscordStandIn } from "../support/discord/index.js";
import { nextInteraction, readyClient, useStandInWithClient } from "../support/discordClient.js";

describe("discord stand-in faults, with the real discord.js client", () => {
  let standIn: DiscordStandIn;
  let client: Client;
  useStandInWithClient((s, c) => {
    standIn = s;
    client = c;
  });

  it("resumes after a resumable close (4000 and a cut socket) and keeps delivering", async () => {
    for (const code of [4000, undefined]) {
      const resumed = standIn.nextGatewayEvent("resumed", 0);
      standIn.closeGateway(code);
      await resumed;
      const payload = standIn.build.chatInput({
        name: "ask",
        options: { question: "after resume" },
      });
      const arrived = nextInteraction(client);
      const replied = standIn.dispatchInteraction(payload);
      await ((await arrived) as { reply(o: object): Promise<unknown> }).reply({
        content: "still here",
      });
      expect((await replied).status).toBe(204);
    }
    expect(standIn.gatewayEvents.filter((e) => e.kind === "identify")).toHaveLength(1);
  });

  it("re-identifies after a non-resumable close (4007, 4009) and keeps delivering", async () => {
    for (const code of [4007, 4009]) {
      const identified = standIn.nextGatewayEvent("identify", 0);
      const ready = once(client, Events.ShardReady);
      standIn.closeGateway(code);
      await identified;
      await ready;
      const payload = standIn.build.chatInput({
        name: "ask",
        options: { question: "after identify" },
      });
      const arrived = nextInteraction(client);
      const replied = standIn.dispatchInteraction(payload);
      await ((await arrived) as { reply(o: object): Promise<unknown> }).reply({ content: "back" });
      expect((await replied).status).toBe(204);
    }
    // discord.js tries to RESUME after 4009; the stand-in refuses (INVALID_SESSION false), as Discord does.
    const kinds = standIn.gatewayEvents.map((e) => e.kind).filter((k) => k !== "heartbeat");
    expect(kinds.slice(-8)).toEqual([
      "close",
      "connect",
      "resume",
      "invalid_session",
      "close",
      "connect",
      "identify",
      "ready",
    ]);
  });

  it("surfaces a 500 on reply as an HTTPError while the client stays up", async () => {
    const payload = standIn.build.chatInput({ name: "ask", options: { question: "fail" } });
    standIn.failNext({
      status: 500,
      count: 2,
      match: (r) => r.path.includes(String(payload["id"])),
    });
    const arrived = nextInteraction(client);
    void standIn.dispatchInteraction(payload).catch(() => undefined);
    const interaction = await arrived;
    if (!interaction.isChatInputCommand()) throw new Error("expected a chat-input command");
    const error: unknown = await interaction.reply({ content: "never" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HTTPError);
    expect((error as HTTPError).status).toBe(500);
    expect(standIn.interactionRequests(payload).map((r) => r.status)).toEqual([500, 500]);
    expect(client.isReady()).toBe(true);
  });

  it("retries a 429 after retry_after and then succeeds", async () => {
    const payload = standIn.build.chatInput({ name: "ask", options: { question: "slow down" } });
    standIn.failNext({
      status: 429,
      retryAfter: 0.05,
      match: (r) => r.path.includes(String(payload["id"])),
    });
    const arrived = nextInteraction(client);
    const replied = standIn.dispatchInteraction(payload);
    const interaction = await arrived;
    if (!interaction.isChatInputCommand()) throw new Error("expected a chat-input command");
    await interaction.reply({ content: "ok" });
    const success = await replied;
    const [limited] = standIn.interactionRequests(payload);
    expect(limited).toMatchObject({
      status: 429,
      fault: 429,
      response: { retry_after: 0.05, global: false },
    });
    expect((success.sinceDispatchMs ?? 0) - (limited?.sinceDispatchMs ?? 0)).toBeGreaterThanOrEqual(
      40,
    );
  });

  it("rejects a reply after the acknowledgement deadline with Unknown interaction", async () => {
    const late = await startDiscordStandIn({ ackDeadlineMs: 0 });
    const lateClient = await readyClient(late);
    try {
      const arrived = nextInteraction(lateClient);
      void late
        .dispatchInteraction(late.build.chatInput({ name: "ask" }), 500)
        .catch(() => undefined);
      const interaction = await arrived;
      if (!interaction.isChatInputCommand()) throw new Error("expected a chat-input command");
      const error: unknown = await interaction
        .reply({ content: "too late" })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DiscordAPIError);
      expect((error as DiscordAPIError).code).toBe(10062);
    } finally {
      await lateClient.destroy();
      await late.close();
    }
  });
});
