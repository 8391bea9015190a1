/**
 * Overload: 1,200 interactions in 4 s from 200 users over the seeds and BBC politics (417
 * articles), through the Discord stand-in to the bot process started as `npm start` starts it
 * (no cooldown, so the load is real). Each interaction ends one of three ways: answered in full
 * (the answer, or a message about the user's input, reached Discord in time), shed (the short
 * private "busy" reply) or lost (nothing Discord would accept). Run alone with
 * `npx tsx bench/overload.ts`.
 */
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { pathToFileURL } from "node:url";
import { BUSY } from "../src/discord/admission.js";
import { startBot } from "../tests/support/botProcess.js";
import {
  startDiscordStandIn,
  userPayload,
  type DiscordStandIn,
  type JsonObject,
  type RecordedRequest,
} from "../tests/support/discord/index.js";
import { DATA_DIR, SEED_DIR } from "./lib/benchPaths.js";
import { summarize } from "./lib/percentiles.js";
import { fixed, formatTable } from "./lib/table.js";

/** BBC News politics: 417 articles, one `.txt` each. */
export const POLITICS_DIR = path.join(DATA_DIR, "bbc-news/bbc/politics");

/** What became of one overload run's interactions. */
export interface OverloadRow {
  readonly interactions: number;
  readonly users: number;
  readonly seconds: number;
  readonly answered: number;
  readonly shed: number;
  readonly lost: number;
  /** Interaction to the message with the answer, for those answered in full. */
  readonly replyP50Ms: number;
  readonly replyP99Ms: number;
  readonly replyMaxMs: number;
  /**
   * The longest stall of the bench's own event loop (which runs the stand-in) during the burst:
   * past a few hundred milliseconds the stand-in itself, not the bot, made replies late.
   */
  readonly standInStallMs: number;
  /** The machine's one-minute load average when the burst began (2 cores: above 2 is contention). */
  readonly loadAverage: number;
}

const QUESTIONS = [
  "Who said the election would be fought on the economy?",
  "What did Tony Blair say about Iraq?",
  "How much will council tax rise?",
  "Who is the Liberal Democrat leader?",
  "When will the general election be held?",
  "What did Michael Howard promise on immigration?",
  "Why did David Blunkett resign?",
  "What is the plan for identity cards?",
];
const TOPICS = [
  "election",
  "Iraq",
  "tax",
  "immigration",
  "identity cards",
  "budget",
  "Blair",
  "Brown",
  "Howard",
  "terror",
  "pensions",
  "hunting",
  "EU",
  "police",
  "schools",
  "asylum",
  "Lords",
  "Kennedy",
  "constitution",
  "NHS",
];
const SPEAKERS = ["Blair", "Gordon Brown", "Michael Howard", "Kennedy", "Blunkett", "Straw"];

/** The interaction a user sends as number `i` of the burst: mostly /ask, with the rest of the commands. */
function interaction(standIn: DiscordStandIn, i: number, user: JsonObject): JsonObject {
  const slot = i % 20;
  const pick = <T>(list: readonly T[]) => list[Math.floor(i / 20) % list.length]!;
  if (slot < 11)
    return standIn.build.chatInput({ user, name: "ask", options: { question: pick(QUESTIONS) } });
  if (slot < 14) {
    // Topics and date ranges vary, so the pictures are not all drawn once and then cached.
    const from = 1990 + (Math.floor(i / 400) % 10);
    return standIn.build.chatInput({
      user,
      name: "timeline",
      options: { topic: pick(TOPICS), from: String(from) },
    });
  }
  if (slot < 16)
    return standIn.build.chatInput({ user, name: "quote", options: { speaker: pick(SPEAKERS) } });
  if (slot < 18)
    return standIn.build.autocomplete({
      user,
      name: "quote",
      focused: "speaker",
      options: { speaker: pick(SPEAKERS).slice(0, 3) },
    });
  return standIn.build.chatInput({ user, name: slot === 18 ? "sources" : "help" });
}

function contentOf(request: RecordedRequest): string {
  const body = request.body as JsonObject | undefined;
  const data = (body?.["data"] as JsonObject | undefined) ?? body;
  return typeof data?.["content"] === "string" ? data["content"] : "";
}

type Outcome = { kind: "answered"; ms: number } | { kind: "shed" } | { kind: "lost" };

async function send(standIn: DiscordStandIn, payload: JsonObject): Promise<Outcome> {
  const ack = await standIn.dispatchInteraction(payload, 4_000).catch(() => undefined);
  if (!ack) return { kind: "lost" };
  const type = (ack.body as JsonObject)["type"];
  if (type !== 5) {
    if (contentOf(ack) === BUSY) return { kind: "shed" };
    return { kind: "answered", ms: ack.sinceDispatchMs ?? NaN };
  }
  // Deferred: the answer is the edit of "thinking…" (or, for a failure, a private follow-up).
  const reply = await standIn
    .waitForRequest(
      (r) =>
        r.interactionId === ack.interactionId &&
        r.status < 400 &&
        (r.method === "PATCH" || (r.method === "POST" && !r.path.endsWith("/callback"))),
      120_000,
      ack.index,
    )
    .catch(() => undefined);
  if (!reply) return { kind: "lost" };
  if (contentOf(reply) === BUSY) return { kind: "shed" };
  return { kind: "answered", ms: reply.sinceDispatchMs ?? NaN };
}

/** Compiles the stand-in's checks of the routes an apology uses (valid bodies: nothing is recorded). */
function warmFailureRoutes(standIn: DiscordStandIn): void {
  const webhook = `/webhooks/${standIn.applicationId}/warm-token`;
  standIn.openApi.checkRequest("DELETE", `${webhook}/messages/@original`, undefined);
  standIn.openApi.checkRequest("POST", webhook, { content: "warm", flags: 64 });
}

/** A corpus folder holding copies of the seeds and BBC politics (copies: links are not followed). */
async function overloadCorpus(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "newsdesk-overload-"));
  await cp(SEED_DIR, path.join(dir, "seeds"), { recursive: true });
  await cp(POLITICS_DIR, path.join(dir, "politics"), { recursive: true });
  return dir;
}

/**
 * Runs the overload once: `count` interactions evenly over `seconds` from `users` users. Returns
 * null (and says why through `log`) when BBC politics is absent.
 */
export async function runOverload(
  log: (line: string) => void = () => {},
  count = 1_200,
  seconds = 4,
  users = 200,
): Promise<OverloadRow | null> {
  if (!existsSync(POLITICS_DIR)) {
    log(`overload: skipped, no BBC politics articles at ${POLITICS_DIR}`);
    return null;
  }
  const corpus = await overloadCorpus();
  const articles = (await readdir(path.join(corpus, "politics"))).length;
  const standIn = await startDiscordStandIn();
  try {
    const bot = await startBot(
      standIn,
      { CORPUS_DIR: corpus, INDEX_CACHE_DIR: "off", LOG_LEVEL: "info" },
      { timeoutMs: 120_000 },
    );
    try {
      log(
        `overload: ${count} interactions in ${seconds} s from ${users} users over seeds + ${articles} politics articles`,
      );
      // One of each kind first, not counted: the stand-in compiles its OpenAPI check for each
      // route on first use, which would otherwise count against the bot's first replies. The
      // routes only a failure uses (the apology's delete and private follow-up) are compiled
      // here too: compiled in the middle of the burst, they would stall the stand-in itself.
      warmFailureRoutes(standIn);
      for (let i = 0; i < 20; i++)
        await send(
          standIn,
          interaction(standIn, i, userPayload(String(90000000000000000n + BigInt(i)), "warm")),
        );
      const people = Array.from({ length: users }, (_, u) =>
        userPayload(String(100000000000000000n + BigInt(u)), `reader${u}`),
      );
      const loadAverage = loadavg()[0] ?? NaN;
      const stalls = monitorEventLoopDelay({ resolution: 10 });
      stalls.enable();
      const start = performance.now();
      const outcomes = await Promise.all(
        Array.from({ length: count }, async (_, i) => {
          await sleep(start + (i * seconds * 1000) / count - performance.now());
          return send(standIn, interaction(standIn, i, people[i % users]!));
        }),
      );
      stalls.disable();
      const answered = outcomes.flatMap((o) => (o.kind === "answered" ? [o.ms] : []));
      const replies = summarize(answered);
      return {
        interactions: count,
        users,
        seconds: (performance.now() - start) / 1000,
        answered: answered.length,
        shed: outcomes.filter((o) => o.kind === "shed").length,
        lost: outcomes.filter((o) => o.kind === "lost").length,
        replyP50Ms: replies.p50,
        replyP99Ms: replies.p99,
        replyMaxMs: replies.max,
        standInStallMs: stalls.max / 1e6,
        loadAverage,
      };
    } finally {
      await bot.stop();
    }
  } finally {
    await standIn.close();
    await rm(corpus, { recursive: true, force: true });
  }
}

/** The overload result as a table. */
export function formatOverload(row: OverloadRow): string {
  const ms = fixed(0);
  return formatTable(
    [
      { header: "sent", cell: (r: OverloadRow) => r.interactions },
      { header: "users", cell: (r) => r.users },
      { header: "answered", cell: (r) => r.answered },
      { header: "shed (busy)", cell: (r) => r.shed },
      { header: "lost", cell: (r) => r.lost },
      { header: "reply p50 ms", cell: (r) => ms(r.replyP50Ms), align: "right" },
      { header: "reply p99 ms", cell: (r) => ms(r.replyP99Ms), align: "right" },
      { header: "reply max ms", cell: (r) => ms(r.replyMaxMs), align: "right" },
      { header: "seconds", cell: (r) => fixed(1)(r.seconds), align: "right" },
      { header: "stand-in stall ms", cell: (r) => ms(r.standInStallMs), align: "right" },
      { header: "load avg", cell: (r) => fixed(1)(r.loadAverage), align: "right" },
    ],
    [row],
    `Overload: ${row.interactions} interactions in 4 s from ${row.users} users (seeds + BBC politics, no cooldown)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  // `npx tsx bench/overload.ts [count]`: a smaller burst over the same 4 s, for a busy machine.
  const count = Number(process.argv[2] ?? 1_200);
  const row = await runOverload((line) => console.error(line), count);
  if (row) console.log(formatOverload(row));
}
