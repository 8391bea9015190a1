import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS, findCommand } from "../../commands/index.js";
import { parseInput } from "../../commands/parseInput.js";
import { buildKnowledge } from "../../src/knowledge/buildKnowledge.js";
import type { Bot } from "../../src/discord/createBot.js";
import { startInProcessBot } from "../support/inProcessBot.js";
import { DISCORD_RENDERERS } from "../../src/discord/render/index.js";
import {
  nextSnowflake,
  startDiscordStandIn,
  type DiscordStandIn,
  type JsonObject,
  type RecordedRequest,
} from "../support/discord/index.js";
import { FUZZ_PIECES, fuzzText, seededRandom } from "../support/discord/fuzzText.js";
import { choiceProblems, messageProblems } from "../support/discord/messageProblems.js";
import {
  fuzzCorpus,
  invokerOf,
  pressables,
  type Pressable,
} from "../support/discord/realPresses.js";

const SEED = 20_251_121;
const INTERACTIONS = 1_200;
/** Interactions in flight at once: enough to be quick, few enough for the 3 s deadline on 2 cores. */
const CONCURRENCY = 8;

let standIn: DiscordStandIn;
let bot: Bot;
let payloads: JsonObject[];
let corpus: string;
/** The corpus's own article URLs: the only links a reply may carry (its sources' titles). */
let allowedLinks: string[] = [];
/** Every button and menu the bot sent, by custom id, with the user who ran the command. */
const pressable = new Map<string, Pressable>();
let logged: Array<{ level: number; msg: string }> = [];

beforeAll(async () => {
  standIn = await startDiscordStandIn();
  corpus = await fuzzCorpus();
  const knowledge = await buildKnowledge(corpus);
  allowedLinks = [...knowledge.articles.values()].flatMap((a) => (a.url ? [a.url] : []));
  // Events and speakers are extracted on first use; a started bot has them from its snapshot.
  knowledge.timeline();
  knowledge.speakers();
  // So is the picture renderer (fonts load on the first picture): warm it as a first /timeline would.
  const timelineCommand = findCommand("timeline")!;
  DISCORD_RENDERERS["timeline"]!(
    timelineCommand.run(knowledge, parseInput(timelineCommand, {})),
    knowledge,
  );
  const started = await startInProcessBot(standIn, knowledge, "warn");
  bot = started.bot;
  logged = started.logged as typeof logged;
  // One plain run of each command first, one at a time: the code's first run (compiling,
  // loading fonts) is start-up, not what a member waits for, and on a busy 2-core machine it
  // can take longer than Discord's 3 seconds.
  for (const command of COMMANDS) {
    const options =
      command.name === "ask"
        ? { question: "Who recognized the Taliban?" }
        : command.name === "quote"
          ? { speaker: "Muttaqi" }
          : {};
    await run(standIn.build.chatInput({ name: command.name, options }), 30_000);
  }
  pressable.clear();
  logged.length = 0;
  const random = seededRandom(SEED);
  payloads = Array.from({ length: INTERACTIONS }, () => generate(random));
}, 120_000);

afterAll(async () => {
  await bot?.client.destroy();
  await standIn?.close();
  if (corpus) await rm(corpus, { recursive: true, force: true });
});

/** One generated interaction: a command with fuzzed options, an autocomplete, or a button press. */
function generate(random: () => number): JsonObject {
  const roll = random();
  if (roll < 0.08) {
    // Ids shaped like the bot's own (`nd:<kind>:<session>:<arg>`) with made-up sessions and
    // args, and ids of any shape at all: every press must be answered.
    const kind = ["p", "r", "c"][Math.floor(random() * 3)] ?? "p";
    const shaped = `nd:${kind}:s${fuzzText(random)}:${fuzzText(random)}`;
    const customId = (random() < 0.5 ? shaped : fuzzText(random) || "x").slice(0, 100);
    return standIn.build.button({ customId });
  }
  const command = COMMANDS[Math.floor(random() * COMMANDS.length)] ?? COMMANDS[0]!;
  const options: Record<string, string> = {};
  for (const option of command.options) {
    if (!option.required && random() < 0.3) continue;
    const dated = option.name === "from" || option.name === "to";
    options[option.name] = fuzzText(random, dated ? "dates" : undefined);
  }
  const completable = command.options.filter((o) => o.autocomplete);
  const focused = completable[Math.floor(random() * completable.length)];
  if (focused && roll < 0.3)
    return standIn.build.autocomplete({ name: command.name, options, focused: focused.name });
  return standIn.build.chatInput({ name: command.name, options });
}

/**
 * Dispatches one interaction and waits for its answer (the deferred edit too); returns its
 * problems, and keeps the buttons and menus of the answer for {@link pressable}.
 */
async function run(payload: JsonObject, timeoutMs = 5_000): Promise<string[]> {
  const label = `type ${String(payload["type"])} ${JSON.stringify(payload["data"]).slice(0, 300)}`;
  // A fresh id, as Discord's would be: it carries the moment the user acted, and the payloads
  // were generated before the run (an old id is rightly dropped as past Discord's 3 s).
  payload["id"] = nextSnowflake();
  const first = await standIn.dispatchInteraction(payload, timeoutMs).catch(() => undefined);
  if (!first) return [`${label}: never answered`];
  const body = first.body as JsonObject;
  const data = (body["data"] ?? {}) as JsonObject;
  const problems: string[] = [];
  if ((first.sinceDispatchMs ?? Infinity) >= 3_000)
    problems.push(`acknowledged after ${first.sinceDispatchMs} ms`);
  let message: JsonObject | undefined;
  if (body["type"] === 8) problems.push(...choiceProblems(data));
  else if (body["type"] !== 5 && body["type"] !== 6) message = data;
  else
    message = (
      await standIn.waitForRequest(
        (r) => r.method === "PATCH" && r.interactionId === first.interactionId && r.status < 400,
        10_000,
      )
    ).body as JsonObject;
  if (message) {
    problems.push(...messageProblems(message, { allowedLinks }));
    for (const p of pressables(message, invokerOf(payload))) pressable.set(p.customId, p);
  }
  return problems.map((p) => `${label}: ${p}`);
}

/** Runs `items` through `work`, {@link CONCURRENCY} at a time; returns every problem. */
async function inParallel<T>(items: readonly T[], work: (item: T) => Promise<string[]>) {
  const problems: string[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let item = items[next++]; item !== undefined; item = items[next++])
      problems.push(...(await work(item)));
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await bot.settle();
  return problems;
}

/** Whether every interaction in `sent` got exactly one callback and no request failed. */
function answeredOnce(sent: readonly JsonObject[]): JsonObject[] {
  const requests = new Map<string, RecordedRequest[]>();
  for (const r of standIn.requests)
    if (r.interactionId)
      requests.set(r.interactionId, [...(requests.get(r.interactionId) ?? []), r]);
  return sent.filter((p) => {
    const mine = requests.get(String(p["id"])) ?? [];
    const callbacks = mine.filter((r) => r.path.endsWith("/callback"));
    return callbacks.length === 1 && mine.every((r) => r.status < 400);
  });
}

describe("fuzzed input through the real dispatcher", () => {
  it(`answers ${INTERACTIONS} generated interactions once each, within Discord's limits, never pinging`, async () => {
    const problems = await inParallel(payloads, run);
    expect(problems, `seed ${SEED}`).toEqual([]);
    expect(answeredOnce(payloads)).toHaveLength(INTERACTIONS);
    expect(logged.filter((l) => l.level >= 50)).toEqual([]);
    expect(bot.client.isReady()).toBe(true);
  }, 240_000);

  it("presses the real buttons and menus of those replies: passages, pages, choices, as the asker and as others", async () => {
    const random = seededRandom(SEED + 1);
    const presses: JsonObject[] = [];
    const kinds = { reveal: 0, page: 0, choose: 0 };
    // A name that fits two people, asked outright, so a speaker menu is among the replies
    // whatever the generated names happened to hit.
    const ambiguous = standIn.build.chatInput({ name: "quote", options: { speaker: "Smith" } });
    expect(await run(ambiguous)).toEqual([]);
    // Menus first: every answer now carries buttons (Follow up too), which alone would fill
    // the sample.
    const all = [...pressable.values()];
    const sample = [
      ...all.filter((p) => p.kind === "select"),
      ...all.filter((p) => p.kind === "button"),
    ];
    for (const p of sample.slice(0, 400)) {
      const stranger = random() < 0.25;
      const user = stranger ? {} : { user: p.asker };
      if (p.kind === "button") {
        presses.push(standIn.build.button({ customId: p.customId, ...user }));
        if (p.label === "Show passages") kinds.reveal++;
        else if (p.label !== "Follow up") kinds.page++;
      } else {
        for (const value of [...p.values, fuzzText(random).slice(0, 100) || "x"])
          presses.push(
            standIn.build.stringSelect({ customId: p.customId, values: [value], ...user }),
          );
        kinds.choose++;
      }
    }
    expect(kinds.reveal, "Show passages buttons pressed").toBeGreaterThan(5);
    expect(kinds.page, "page buttons pressed").toBeGreaterThan(5);
    expect(kinds.choose, "speaker menus used").toBeGreaterThan(0);
    const problems = await inParallel(presses, run);
    expect(problems, `seed ${SEED}`).toEqual([]);
    expect(answeredOnce(presses)).toHaveLength(presses.length);
    expect(logged.filter((l) => l.level >= 50)).toEqual([]);
  }, 120_000);

  it("generates every command and option, and every kind of hostile text, 10,000 characters too", () => {
    const options = payloads.flatMap((p) => {
      const data = p["data"] as { name?: string; options?: Array<{ name: string; value: string }> };
      return (data.options ?? []).map((o) => ({ key: `${data.name}.${o.name}`, value: o.value }));
    });
    const expected = COMMANDS.flatMap((c) => [
      c.name,
      ...c.options.map((o) => `${c.name}.${o.name}`),
    ]);
    const seen = new Set([
      ...payloads.map((p) => String((p["data"] as { name?: string }).name)),
      ...options.map((o) => o.key),
    ]);
    expect([...seen]).toEqual(expect.arrayContaining(expected));
    const values = options.map((o) => o.value);
    for (const [kind, pieces] of Object.entries(FUZZ_PIECES)) {
      const present = pieces
        .filter((piece) => piece !== "")
        .some((piece) => values.some((v) => v.includes(piece)));
      expect(present, kind).toBe(true);
    }
    expect(values.some((v) => [...v].length >= 10_000)).toBe(true);
    expect(values.some((v) => v.trim() === "")).toBe(true);
    expect(payloads.some((p) => p["type"] === 3)).toBe(true);
  });

  it("sends only request bodies Discord's OpenAPI description accepts", ({ skip }) => {
    if (!standIn.openApi.available) skip(standIn.openApi.notice);
    expect(standIn.openApi.violations).toEqual([]);
  });
});
