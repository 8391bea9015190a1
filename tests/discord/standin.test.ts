import { Events, MessageFlags, Routes, type Client } from "discord.js";
import { describe, expect, it } from "vitest";
import {
  OpenApiCheck,
  entitlementPayload,
  nextSnowflake,
  shardForGuild,
  snowflakeOnShard,
  startDiscordStandIn,
  userPayload,
} from "../support/discord/index.js";
import type { DiscordStandIn, JsonObject } from "../support/discord/index.js";
import {
  isCallback,
  nextInteraction,
  readyClient,
  useStandInWithClient,
} from "../support/discordClient.js";

/**
 * Ends a test by checking the stand-in's OpenAPI record: with the description absent, the test
 * is marked skipped with the stand-in's notice (after its other checks ran), never passed silently.
 */
function expectSpecConformant(standIn: DiscordStandIn, skip: (note: string) => void): void {
  if (!standIn.openApi.available) skip(standIn.openApi.notice);
  expect(standIn.openApi.violations).toEqual([]);
}

describe("discord stand-in with the real discord.js client", () => {
  let standIn: DiscordStandIn;
  let client: Client;
  useStandInWithClient((s, c) => {
    standIn = s;
    client = c;
  });

  it("logs in: /gateway/bot, IDENTIFY, READY and GUILD_CREATE make the client ready", () => {
    expect(standIn.requests.some((r) => r.method === "GET" && r.path === "/gateway/bot")).toBe(
      true,
    );
    expect(client.user?.id).toBe(standIn.applicationId);
    expect(client.application?.id).toBe(standIn.applicationId);
    const guild = standIn.guilds[0];
    expect(guild && client.guilds.cache.get(guild.id)?.available).toBe(true);
    expect(standIn.gatewayEvents.filter((e) => e.kind === "identify")).toHaveLength(1);
  });

  it("delivers a chat-input command and records reply() as a valid callback", async ({ skip }) => {
    const payload = standIn.build.chatInput({
      name: "ask",
      options: { question: "Who recognised the Taliban?" },
    });
    const arrived = nextInteraction(client);
    const replied = standIn.dispatchInteraction(payload);
    const interaction = await arrived;
    if (!interaction.isChatInputCommand()) throw new Error("expected a chat-input command");
    expect(interaction.options.getString("question")).toBe("Who recognised the Taliban?");
    expect(interaction.guildId).toBe(standIn.guilds[0]?.id);
    expect(interaction.appPermissions.has("SendMessages")).toBe(true);
    await interaction.reply({ content: "Russia [1]", allowedMentions: { parse: [] } });
    const request = await replied;
    expect(request).toMatchObject({
      method: "POST",
      status: 204,
      query: { with_response: "false" },
    });
    expect(request.body).toEqual({
      type: 4,
      data: expect.objectContaining({ content: "Russia [1]" }),
    });
    expectSpecConformant(standIn, skip);
  });

  it("records deferReply() then editReply() and answers with a spec-conformant message", async ({
    skip,
  }) => {
    const payload = standIn.build.chatInput({ name: "timeline" });
    const arrived = nextInteraction(client);
    void standIn.dispatchInteraction(payload);
    const interaction = await arrived;
    if (!interaction.isChatInputCommand()) throw new Error("expected a chat-input command");
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const message = await interaction.editReply({
      content: "3 events",
      allowedMentions: { parse: [] },
    });
    expect(message.content).toBe("3 events");
    const followUp = await interaction.followUp({
      content: "page 2",
      flags: MessageFlags.Ephemeral,
    });
    expect((await interaction.fetchReply()).id).toBe(message.id);
    expect(followUp.id).not.toBe(message.id);
    const [defer, edit] = standIn.interactionRequests(payload);
    expect(defer?.body).toEqual({ type: 5, data: { flags: MessageFlags.Ephemeral } });
    expect(edit).toMatchObject({
      method: "PATCH",
      path: expect.stringMatching(/\/messages\/@original$/),
      status: 200,
    });
    if (!standIn.openApi.available) skip(standIn.openApi.notice);
    expect(standIn.openApi.checkResponse("PATCH", edit?.path ?? "", 200, edit?.response)).toEqual(
      [],
    );
    expectSpecConformant(standIn, skip);
  });

  it("answers with_response=true with the interaction and the created message", async ({
    skip,
  }) => {
    const payload = standIn.build.chatInput({ name: "ask", options: { question: "When?" } });
    const arrived = nextInteraction(client);
    void standIn.dispatchInteraction(payload);
    const interaction = await arrived;
    if (!interaction.isChatInputCommand()) throw new Error("expected a chat-input command");
    const response = await interaction.reply({ content: "On 3 July 2025", withResponse: true });
    expect(response.interaction.id).toBe(payload["id"]);
    expect(response.resource?.message?.content).toBe("On 3 July 2025");
    const request = await standIn.waitForRequest(isCallback(payload));
    expect(request.status).toBe(200);
    if (!standIn.openApi.available) skip(standIn.openApi.notice);
    expect(standIn.openApi.checkResponse("POST", request.path, 200, request.response)).toEqual([]);
  });

  it("builds autocomplete, button, string select and DM payloads discord.js understands", async ({
    skip,
  }) => {
    const auto = standIn.build.autocomplete({
      name: "quote",
      options: { speaker: "Mutt" },
      focused: "speaker",
    });
    let arrived = nextInteraction(client);
    void standIn.dispatchInteraction(auto);
    const a = await arrived;
    if (!a.isAutocomplete()) throw new Error("expected autocomplete");
    expect(a.options.getFocused(true)).toMatchObject({ name: "speaker", value: "Mutt" });
    await a.respond([{ name: "Amir Khan Muttaqi", value: "Amir Khan Muttaqi" }]);

    const button = standIn.build.button({ customId: "page:2" });
    arrived = nextInteraction(client);
    void standIn.dispatchInteraction(button);
    const b = await arrived;
    if (!b.isButton()) throw new Error("expected a button");
    expect(b.customId).toBe("page:2");
    await b.update({ content: "page 2" });

    const select = standIn.build.stringSelect({
      customId: "speaker",
      values: ["a"],
      location: standIn.build.inDm(),
    });
    arrived = nextInteraction(client);
    void standIn.dispatchInteraction(select);
    const s = await arrived;
    if (!s.isStringSelectMenu()) throw new Error("expected a string select");
    expect(s.values).toEqual(["a"]);
    expect(s.guildId).toBeNull();
    expect(s.context).toBe(1);
    await s.reply({ content: "chosen", flags: MessageFlags.Ephemeral });

    const bodies = [auto, button, select].map((p) => standIn.interactionRequests(p)[0]?.body);
    expect(bodies.map((body) => (body as JsonObject | undefined)?.["type"])).toEqual([8, 7, 4]);
    expectSpecConformant(standIn, skip);
  });

  it("parses a multipart reply: payload_json as the body and the number of files", async ({
    skip,
  }) => {
    const user = userPayload(nextSnowflake(), "subscriber");
    const payload = standIn.build.chatInput({
      name: "ask",
      location: standIn.build.inPrivateChannel(),
      user,
      entitlements: [entitlementPayload(standIn.applicationId, String(user["id"]))],
    });
    const arrived = nextInteraction(client);
    const replied = standIn.dispatchInteraction(payload);
    const interaction = await arrived;
    if (!interaction.isChatInputCommand()) throw new Error("expected a chat-input command");
    expect(interaction.context).toBe(2);
    expect(interaction.authorizingIntegrationOwners[1]).toBe(user["id"]);
    expect(interaction.entitlements.size).toBe(1);
    await interaction.reply({
      content: "passages attached",
      files: [{ attachment: Buffer.from("[1] Russia …"), name: "passages.txt" }],
    });
    const request = await replied;
    expect(request.attachments).toBe(1);
    expect(request.body).toMatchObject({ type: 4, data: { content: "passages attached" } });
    expectSpecConformant(standIn, skip);
  });

  it("records command registration and echoes commands with ids", async ({ skip }) => {
    const commands = [
      {
        name: "ask",
        description: "Ask the corpus",
        integration_types: [0, 1],
        contexts: [0, 1, 2],
        options: [
          {
            type: 3,
            name: "question",
            description: "Your question",
            required: true,
            min_length: 3,
            max_length: 300,
          },
        ],
      },
    ];
    const guildId = standIn.guilds[0]?.id ?? "";
    const global = await client.application?.commands.set(commands);
    await client.application?.commands.set(commands, guildId);
    expect(global?.first()?.name).toBe("ask");
    expect(standIn.commands.get("global")?.[0]?.["id"]).toBe(global?.first()?.id);
    expect(standIn.commands.get(guildId)).toHaveLength(1);
    const put = standIn.requests.filter((r) => r.method === "PUT");
    expect(put.map((r) => r.path)).toEqual([
      `/applications/${standIn.applicationId}/commands`,
      `/applications/${standIn.applicationId}/guilds/${guildId}/commands`,
    ]);
    expectSpecConformant(standIn, skip);
  });

  it("answers every request with a body that matches the spec's response schema", async ({
    skip,
  }) => {
    skip(!standIn.openApi.available, standIn.openApi.notice);
    await client.application?.fetch();
    await client.rest.get(Routes.user("@me"));
    const answered = standIn.requests.filter((r) => r.status < 300 && r.response !== undefined);
    expect(
      new Set(answered.map((r) => `${r.method} ${r.path.split("/")[1]}`)).size,
    ).toBeGreaterThanOrEqual(7);
    const problems = answered.flatMap((r) =>
      standIn.openApi
        .checkResponse(r.method, r.path, r.status, r.response)
        .map((e) => `${r.method} ${r.path}: ${e}`),
    );
    expect(problems).toEqual([]);
  });

  it("reports request bodies that break the OpenAPI description", async ({ skip, annotate }) => {
    const check = new OpenApiCheck();
    // The notice says which file was used, or that the check is skipped because it is absent.
    skip(!check.available, check.notice);
    await annotate(check.notice);
    const violation = check.checkRequest("POST", "/interactions/1/t/callback", {
      type: 4,
      data: { content: "x".repeat(2001) },
    });
    expect(violation?.errors.join("\n")).toMatch(
      /content: must NOT have more than 2000 characters/,
    );
    expect(check.checkRequest("GET", "/no/such/route", undefined)?.template).toBeNull();
  });
});

describe("discord stand-in without the OpenAPI description", () => {
  it("skips the check and says so in a notice", async () => {
    const standIn = await startDiscordStandIn({ openApiPath: "/nonexistent/openapi.json" });
    try {
      expect(standIn.openApi.available).toBe(false);
      expect(standIn.openApi.notice).toMatch(/skipped.*\/nonexistent\/openapi\.json is absent/);
      expect(standIn.openApi.checkRequest("GET", "/no/such/route", undefined)).toBeUndefined();
    } finally {
      await standIn.close();
    }
  });
});

describe("discord stand-in with two shards", () => {
  it("routes guild interactions to the owning shard and DMs to shard 0", async () => {
    const guilds = [{ id: snowflakeOnShard(0, 2) }, { id: snowflakeOnShard(1, 2) }];
    const standIn = await startDiscordStandIn({ shards: 2, maxConcurrency: 2, guilds });
    const client = await readyClient(standIn, { shards: "auto" });
    try {
      const shardOf = new Map<string, number>();
      client.on(Events.Raw, (packet: { t?: string; d?: { id?: string } }, shardId: number) => {
        if (packet.t === "INTERACTION_CREATE" && packet.d?.id) shardOf.set(packet.d.id, shardId);
      });
      client.on(
        Events.InteractionCreate,
        (i) => void (i.isRepliable() ? i.reply({ content: "ok" }) : undefined),
      );
      expect(client.guilds.cache.map((g) => g.shardId).sort()).toEqual([0, 1]);
      const payloads = [
        standIn.build.inGuild(0),
        standIn.build.inGuild(1),
        standIn.build.inDm(),
      ].map((location) => standIn.build.chatInput({ name: "ask", location }));
      for (const payload of payloads) await standIn.dispatchInteraction(payload);
      const expected = [
        shardForGuild(guilds[0]?.id ?? "", 2),
        shardForGuild(guilds[1]?.id ?? "", 2),
        0,
      ];
      expect(payloads.map((p) => shardOf.get(String(p["id"])))).toEqual(expected);
    } finally {
      await client.destroy();
      await standIn.close();
    }
  });
});
