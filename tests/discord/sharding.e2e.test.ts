import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBot, standInEnv, type BotProcess } from "../support/botProcess.js";
import {
  shardForGuild,
  snowflakeOnShard,
  startDiscordStandIn,
  type DiscordStandIn,
} from "../support/discord/index.js";
import { answerOf } from "../support/discord/replies.js";
import { warmUp } from "../support/useBotAgainstStandIn.js";

let standIn: DiscordStandIn;
let bot: BotProcess;
let cacheDir: string;

beforeAll(async () => {
  cacheDir = await mkdtemp(path.join(tmpdir(), "newsdesk-shards-"));
  // max_concurrency 2: both shards may IDENTIFY at once, so the manager spawns them back to back.
  standIn = await startDiscordStandIn({
    shards: 2,
    maxConcurrency: 2,
    guilds: [{ id: snowflakeOnShard(0, 2) }, { id: snowflakeOnShard(1, 2) }],
  });
  bot = await startBot(
    standIn,
    { SHARD_COUNT: "auto", INDEX_CACHE_DIR: cacheDir },
    { loggedIn: 2, timeoutMs: 60_000 },
  );
  await warmUp(standIn);
}, 120_000);

afterAll(async () => {
  await bot?.stop();
  await standIn?.close();
  if (cacheDir) await rm(cacheDir, { recursive: true, force: true });
});

describe("SHARD_COUNT=auto with discord.js's ShardingManager", () => {
  it("starts the shard count Discord recommends, each identifying as [id, 2]", () => {
    const identified = standIn.gatewayEvents
      .filter((e) => e.kind === "identify")
      .map((e) => [e.shardId, e.detail]);
    expect(identified.sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it("builds the knowledge once, in a step of its own; every shard loads the same snapshot", () => {
    const loaded = bot.logLines().filter((l) => l["msg"] === "corpus loaded");
    // The snapshot step builds; the manager itself never loads the knowledge.
    expect(loaded.map((l) => [l["step"] ?? "shard", l["index"]]).sort()).toEqual([
      ["shard", "snapshot"],
      ["shard", "snapshot"],
      ["snapshot", "built"],
    ]);
    expect(new Set(loaded.map((l) => l["passages"])).size).toBe(1);
  });

  it("answers an interaction routed to each shard", async () => {
    for (const [index, guild] of standIn.guilds.entries()) {
      const payload = standIn.build.chatInput({
        name: "ask",
        options: { question: "Who was the first country to recognize the Taliban government?" },
        location: standIn.build.inGuild(index),
      });
      const reply = await standIn.dispatchInteraction(payload);
      expect(shardForGuild(guild.id, 2)).toBe(index);
      // A reply, or an acknowledgement and then an edit: both answer; which depends on timing.
      expect(JSON.stringify((await answerOf(standIn, reply)).message)).toContain("Russia");
    }
  });

  it("sends only request bodies Discord's OpenAPI description accepts", ({ skip }) => {
    if (!standIn.openApi.available) skip(standIn.openApi.notice);
    expect(standIn.openApi.violations).toEqual([]);
  });

  // Two start-ups of the manager, each compiling the sources: on a busy 2-core machine that
  // alone can take half a minute.
  it("exits 2 naming the corpus folder, and starts no shard, when the corpus cannot be read", async () => {
    for (const cache of [cacheDir, "off"]) {
      const child = spawn(
        process.execPath,
        [path.join(import.meta.dirname, "../../node_modules/tsx/dist/cli.mjs"), "src/main.ts"],
        {
          cwd: path.join(import.meta.dirname, "../.."),
          env: {
            ...standInEnv(standIn),
            SHARD_COUNT: "2",
            CORPUS_DIR: "/nonexistent/articles",
            INDEX_CACHE_DIR: cache,
          },
          stdio: ["ignore", "ignore", "pipe"],
        },
      );
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      const [code] = (await once(child, "exit")) as [number | null];
      expect(code, stderr).toBe(2);
      expect(stderr).toContain("corpus: cannot read folder /nonexistent/articles");
      expect(stderr).toContain("no shard started");
      expect(stderr).not.toContain("shard process started");
    }
  }, 90_000);

  it("stops every shard cleanly on SIGTERM to the manager and exits 0", async () => {
    expect(await bot.stop("SIGTERM")).toBe(0);
    const lines = bot.logLines();
    expect(lines.filter((l) => l["msg"] === "logged out").map((l) => l["shard"])).toEqual(
      expect.arrayContaining([0, 1]),
    );
    expect(lines.find((l) => l["msg"] === "all shards stopped")?.["exitCodes"]).toEqual([0, 0]);
  });
});
