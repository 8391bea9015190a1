import { describe, expect, it } from "vitest";
import { DEFAULT_CACHE_DIR, DEFAULT_CORPUS_DIR, parseConfig } from "../../src/config.js";

const ID = "123456789012345678";

describe("parseConfig", () => {
  it("runs without Discord when no token is set", () => {
    expect(parseConfig({})).toEqual({
      discord: null,
      corpusDir: DEFAULT_CORPUS_DIR,
      cacheDir: DEFAULT_CACHE_DIR,
      cooldownSeconds: 2,
      logLevel: null,
      shardCount: 1,
      maxArticleBytes: 1024 * 1024,
    });
  });

  it("treats empty values, as .env.example leaves them, as unset", () => {
    expect(
      parseConfig({ DISCORD_TOKEN: "", DISCORD_GUILD_ID: " ", LOG_LEVEL: "" }).discord,
    ).toBeNull();
  });

  it("reads every key", () => {
    const config = parseConfig({
      DISCORD_TOKEN: "t0k3n",
      DISCORD_CLIENT_ID: ID,
      DISCORD_GUILD_ID: ID,
      DISCORD_API_URL: "http://127.0.0.1:9999/api",
      CORPUS_DIR: "/tmp/articles",
      INDEX_CACHE_DIR: "off",
      LOG_LEVEL: "debug",
      COOLDOWN_SECONDS: "5",
      SHARD_COUNT: "4",
      MAX_ARTICLE_KB: "64",
    });
    expect(config).toEqual({
      discord: { token: "t0k3n", clientId: ID, guildId: ID, apiUrl: "http://127.0.0.1:9999/api" },
      cooldownSeconds: 5,
      corpusDir: "/tmp/articles",
      cacheDir: null,
      logLevel: "debug",
      shardCount: 4,
      maxArticleBytes: 64 * 1024,
    });
  });

  it("accepts auto as a shard count, leaving the number to Discord's recommendation", () => {
    expect(parseConfig({ SHARD_COUNT: "auto" }).shardCount).toBe("auto");
  });

  it.each([
    [{ DISCORD_TOKEN: "x" }, "config: DISCORD_CLIENT_ID is required when DISCORD_TOKEN is set"],
    [
      { DISCORD_TOKEN: "x", DISCORD_CLIENT_ID: "abc" },
      "config: DISCORD_CLIENT_ID must be a Discord id (17 to 20 digits)",
    ],
    [{ DISCORD_GUILD_ID: "12" }, "config: DISCORD_GUILD_ID must be a Discord id (17 to 20 digits)"],
    [{ DISCORD_API_URL: "ftp://x" }, "config: DISCORD_API_URL"],
    [{ LOG_LEVEL: "loud" }, "config: LOG_LEVEL"],
    [{ COOLDOWN_SECONDS: "-1" }, "config: COOLDOWN_SECONDS must be a number of seconds, 0 or more"],
    [
      { SHARD_COUNT: "0" },
      "config: SHARD_COUNT must be a whole number of shards, 1 or more, or auto",
    ],
    [
      { MAX_ARTICLE_KB: "0" },
      "config: MAX_ARTICLE_KB must be a whole number of kilobytes, 1 or more",
    ],
    [
      { SHARD_COUNT: "two" },
      "config: SHARD_COUNT must be a whole number of shards, 1 or more, or auto",
    ],
  ])("stops with one line naming the variable: %j", (env, message) => {
    expect(() => parseConfig(env)).toThrow(message);
    try {
      parseConfig(env);
    } catch (error) {
      expect((error as Error).message).not.toContain("\n");
    }
  });
});

describe(".env.example", () => {
  it("lists exactly the configuration keys, each with a comment above it", async () => {
    const { readFile } = await import("node:fs/promises");
    const path = await import("node:path");
    const { configSchema } = await import("../../src/config.js");
    const text = await readFile(path.join(import.meta.dirname, "../../.env.example"), "utf8");
    const lines = text.split("\n");
    const keys = lines.flatMap((line, i) => {
      const key = /^([A-Z_]+)=/u.exec(line)?.[1];
      if (!key) return [];
      expect(lines[i - 1], `comment above ${key}`).toMatch(/^#/u);
      return [key];
    });
    expect(keys.sort()).toEqual(Object.keys(configSchema.shape).sort());
  });
});
