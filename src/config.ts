import path from "node:path";
import { config as loadDotenv } from "dotenv";
import { z } from "zod";
import { DEFAULT_MAX_ARTICLE_BYTES } from "./corpus/readArticleFile.js";
import { PROJECT_ROOT } from "./projectRoot.js";

/** The corpus shipped with the project, used when `CORPUS_DIR` is not set. */
export const DEFAULT_CORPUS_DIR = path.join(PROJECT_ROOT, "corpus");
/** Where the persisted index goes when `INDEX_CACHE_DIR` is not set. */
export const DEFAULT_CACHE_DIR = path.join(PROJECT_ROOT, ".cache", "index");

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();
const snowflake = z
  .string()
  .trim()
  .regex(/^\d{17,20}$/u, "must be a Discord id (17 to 20 digits)");

/** The environment variables Newsdesk reads, and their rules. `.env.example` lists the same keys. */
export const configSchema = z
  .object({
    DISCORD_TOKEN: optionalText,
    DISCORD_CLIENT_ID: optionalText.pipe(snowflake.optional()),
    DISCORD_GUILD_ID: optionalText.pipe(snowflake.optional()),
    DISCORD_API_URL: optionalText.pipe(z.url({ protocol: /^https?$/u }).optional()),
    CORPUS_DIR: optionalText,
    INDEX_CACHE_DIR: optionalText,
    COOLDOWN_SECONDS: optionalText.pipe(
      z
        .string()
        .regex(/^\d+(\.\d+)?$/u, "must be a number of seconds, 0 or more")
        .transform(Number)
        .refine((n) => n <= 3600, "must be at most 3600")
        .optional(),
    ),
    LOG_LEVEL: optionalText.pipe(
      z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
    ),
    MAX_ARTICLE_KB: optionalText.pipe(
      z
        .string()
        .regex(/^[1-9]\d{0,6}$/u, "must be a whole number of kilobytes, 1 or more")
        .transform(Number)
        .optional(),
    ),
    SHARD_COUNT: optionalText.pipe(
      z
        .string()
        .regex(/^(auto|[1-9]\d{0,4})$/u, "must be a whole number of shards, 1 or more, or auto")
        .transform((value) => (value === "auto" ? ("auto" as const) : Number(value)))
        .optional(),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.DISCORD_TOKEN && !env.DISCORD_CLIENT_ID) {
      ctx.addIssue({
        code: "custom",
        path: ["DISCORD_CLIENT_ID"],
        message: "is required when DISCORD_TOKEN is set",
      });
    }
  });

/** Discord connection settings; absent when no token is configured. */
export interface DiscordConfig {
  readonly token: string;
  readonly clientId: string;
  readonly guildId: string | null;
  /** REST base URL, e.g. `https://discord.com/api`; a proxy or a test stand-in otherwise. */
  readonly apiUrl: string | null;
}

/** Newsdesk's configuration, parsed once at start-up. */
export interface Config {
  readonly discord: DiscordConfig | null;
  readonly corpusDir: string;
  /** Folder of the persisted index, or null when persistence is off (`INDEX_CACHE_DIR=off`). */
  readonly cacheDir: string | null;
  /** Seconds a user waits between commands in Discord; 0 turns the cooldown off. */
  readonly cooldownSeconds: number;
  /** Null when not set: the bot then logs at `info`, the terminal at `warn`. */
  readonly logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent" | null;
  /**
   * Gateway shards: 1 runs the bot in this process; more, or `auto` (what Discord recommends),
   * runs one child process per shard under discord.js's ShardingManager.
   */
  readonly shardCount: number | "auto";
  /** Corpus files larger than this are skipped with a reason (`MAX_ARTICLE_KB`, default 1 MB). */
  readonly maxArticleBytes: number;
}

/** A configuration value is missing or invalid; the message names the variable. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/**
 * Parses configuration from `env` (normally `process.env` after `.env` is loaded). Throws a
 * {@link ConfigError} whose message is one line naming the first bad variable.
 */
export function parseConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? "configuration");
    throw new ConfigError(`config: ${name} ${issue?.message ?? "is invalid"}`);
  }
  const e = parsed.data;
  return {
    discord:
      e.DISCORD_TOKEN && e.DISCORD_CLIENT_ID
        ? {
            token: e.DISCORD_TOKEN,
            clientId: e.DISCORD_CLIENT_ID,
            guildId: e.DISCORD_GUILD_ID ?? null,
            apiUrl: e.DISCORD_API_URL ?? null,
          }
        : null,
    corpusDir: e.CORPUS_DIR ? path.resolve(e.CORPUS_DIR) : DEFAULT_CORPUS_DIR,
    cacheDir:
      e.INDEX_CACHE_DIR === "off"
        ? null
        : e.INDEX_CACHE_DIR
          ? path.resolve(e.INDEX_CACHE_DIR)
          : DEFAULT_CACHE_DIR,
    cooldownSeconds: e.COOLDOWN_SECONDS ?? 2,
    logLevel: e.LOG_LEVEL ?? null,
    shardCount: e.SHARD_COUNT ?? 1,
    maxArticleBytes: e.MAX_ARTICLE_KB ? e.MAX_ARTICLE_KB * 1024 : DEFAULT_MAX_ARTICLE_BYTES,
  };
}

/** Set once a process has resolved its configuration; the processes it starts inherit it. */
const RESOLVED = "NEWSDESK_CONFIG_RESOLVED";

/**
 * The configuration of this process: `.env` is read first (without overriding variables
 * already set), then the environment is parsed by {@link parseConfig}. The one place that
 * reads `process.env`.
 */
export function loadConfig(): Config {
  // A process Newsdesk starts (the snapshot step, a shard) inherits the environment as its
  // parent resolved it: reading `.env` again would fill, in the child alone, a key the parent
  // left at its default (blank, removed below), and the two would serve different corpora.
  if (process.env[RESOLVED] === undefined) loadDotenv({ quiet: true });
  process.env[RESOLVED] = "1";
  // An empty key means its default. discord.js reads SHARD_COUNT (and DISCORD_TOKEN) from the
  // environment itself and takes an empty SHARD_COUNT for 0 shards, so blank keys are removed
  // before anything else can read them.
  for (const key of Object.keys(configSchema.shape)) {
    if (process.env[key]?.trim() === "") delete process.env[key];
  }
  return parseConfig(process.env);
}
