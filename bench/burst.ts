/**
 * A burst of interactions through the Discord stand-in against the bot process (started as
 * `npm start` starts it): how many were answered, and how long each took from the moment
 * INTERACTION_CREATE was sent to the reply. Run alone with `npx tsx bench/burst.ts`.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { pathToFileURL } from "node:url";
import { startBot } from "../tests/support/botProcess.js";
import {
  startDiscordStandIn,
  type DiscordStandIn,
  type JsonObject,
} from "../tests/support/discord/index.js";
import { summarize } from "./lib/percentiles.js";
import { fixed, formatTable } from "./lib/table.js";

/** One burst: its mix, what was answered, and the latencies. */
export interface BurstRow {
  readonly burst: string;
  readonly interactions: number;
  /** Interactions whose acknowledgement Discord would have accepted (within 3 s). */
  readonly answered: number;
  /** Interaction to acknowledgement (the reply itself, or "thinking…" for deferred commands). */
  readonly ackP50Ms: number;
  readonly ackP99Ms: number;
  /** Interaction to the message with the answer (the deferred edit for /timeline). */
  readonly replyP50Ms: number;
  readonly replyP99Ms: number;
  readonly replyMaxMs: number;
  readonly seconds: number;
}

const QUESTIONS = [
  "Who was the first country to recognize the Taliban government?",
  "When did the Taliban take over Afghanistan?",
  "How did Muttaqi describe Russia's decision?",
  "Who won the 2022 football World Cup?",
];

type Build = (standIn: DiscordStandIn, i: number) => JsonObject;
const ask: Build = (s, i) =>
  s.build.chatInput({ name: "ask", options: { question: QUESTIONS[i % QUESTIONS.length] ?? "" } });
/** 7 in 10 /ask, then /help, /sources and /timeline (deferred, with a picture). */
const mixed: Build = (s, i) =>
  i % 10 < 7
    ? ask(s, i)
    : s.build.chatInput({ name: ["help", "sources", "timeline"][(i % 10) - 7] ?? "help" });

/** Sends `count` interactions, all at once or `perSecond` evenly spaced, and waits for every answer. */
async function burst(
  standIn: DiscordStandIn,
  name: string,
  count: number,
  build: Build,
  perSecond: number | null,
) {
  const start = performance.now();
  const results = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      if (perSecond) await sleep(start + (i * 1000) / perSecond - performance.now());
      // Built when sent: an interaction's id carries the moment the user acted.
      const payload = build(standIn, i);
      // Past Discord's 3 s the stand-in refuses the acknowledgement, so there is no point waiting long.
      const ack = await standIn.dispatchInteraction(payload, 5_000).catch(() => undefined);
      if (!ack) return undefined;
      const deferred = (ack.body as JsonObject)["type"] === 5;
      // A deferred reply may come much later: discord.js sends edits at most 50 a second. One
      // that never comes counts as not answered.
      const reply = deferred
        ? await standIn
            .waitForRequest(
              (r) =>
                r.method === "PATCH" && r.interactionId === ack.interactionId && r.status < 400,
              120_000,
              ack.index,
            )
            .catch(() => undefined)
        : ack;
      if (!reply) return undefined;
      return { ackMs: ack.sinceDispatchMs ?? NaN, replyMs: reply.sinceDispatchMs ?? NaN };
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  const done = results.filter((r) => r !== undefined);
  const acks = summarize(done.map((r) => r.ackMs));
  const replies = summarize(done.map((r) => r.replyMs));
  return {
    burst: name,
    interactions: count,
    answered: done.filter((r) => r.ackMs < 3_000).length,
    ackP50Ms: acks.p50,
    ackP99Ms: acks.p99,
    replyP50Ms: replies.p50,
    replyP99Ms: replies.p99,
    replyMaxMs: replies.max,
    seconds,
  } satisfies BurstRow;
}

/**
 * Starts a stand-in and the bot (seed corpus, no cooldown), then sends `count` /ask at 200 per
 * second, `count` of a mix with /help, /sources and /timeline at 200 per second, and `count`
 * /ask all at once. The stand-in enforces Discord's 3 s acknowledgement deadline, so a reply that
 * comes later is refused and the interaction counts as not answered.
 */
export async function runBurst(
  count = 1_000,
  log: (line: string) => void = () => {},
): Promise<BurstRow[]> {
  const standIn = await startDiscordStandIn();
  const bot = await startBot(standIn, {}, { loggedIn: 1 }).catch(async (error: unknown) => {
    await standIn.close();
    throw error;
  });
  try {
    const rows: BurstRow[] = [];
    for (const [name, build, perSecond] of [
      ["/ask, 200 per second", ask, 200],
      ["mixed, 200 per second", mixed, 200],
      ["/ask, all at once", ask, null],
    ] as const) {
      log(`burst: ${count} × ${name}`);
      rows.push(await burst(standIn, name, count, build, perSecond));
    }
    return rows;
  } finally {
    await bot.stop();
    await standIn.close();
  }
}

/** The burst results as a table. */
export function formatBurst(rows: readonly BurstRow[]): string {
  const ms = fixed(0);
  return formatTable(
    [
      { header: "burst", cell: (r: BurstRow) => r.burst },
      { header: "sent", cell: (r) => r.interactions },
      { header: "answered", cell: (r) => r.answered },
      { header: "ack p50 ms", cell: (r) => ms(r.ackP50Ms), align: "right" },
      { header: "ack p99 ms", cell: (r) => ms(r.ackP99Ms), align: "right" },
      { header: "reply p50 ms", cell: (r) => ms(r.replyP50Ms), align: "right" },
      { header: "reply p99 ms", cell: (r) => ms(r.replyP99Ms), align: "right" },
      { header: "reply max ms", cell: (r) => ms(r.replyMaxMs), align: "right" },
      { header: "seconds", cell: (r) => fixed(1)(r.seconds), align: "right" },
    ],
    rows,
    "Burst: interactions through the Discord stand-in to the bot process (seed corpus)",
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(formatBurst(await runBurst(1_000, (line) => console.error(line))));
}
