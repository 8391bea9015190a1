import { Writable } from "node:stream";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../commands/index.js";
import { buildKnowledge } from "../../src/buildKnowledge.js";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { createBot, type Bot } from "../../src/discord/createBot.js";
import {
  nextSnowflake,
  startDiscordStandIn,
  type DiscordStandIn,
  type JsonObject,
  type RecordedRequest,
} from "../support/discord/index.js";
import { FUZZ_PIECES, fuzzText, seededRandom } from "../support/discord/fuzzText.js";
import { choiceProblems, messageProblems } from "../support/discord/messageProblems.js";

const SEED = 20_251_121;
const INTERACTIONS = 1_200;
/** Interactions in flight at once: enough to be quick, few enough for the 3 s deadline on 2 cores. */
const CONCURRENCY = 8;

let standIn: DiscordStandIn;
let bot: Bot;
let payloads: JsonObject[];
const logged: Array<{ level: number; msg: string }> = [];

beforeAll(async () => {
  standIn = await startDiscordStandIn();
  const knowledge = await buildKnowledge(DEFAULT_CORPUS_DIR);
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n").filter(Boolean))
        logged.push(JSON.parse(line) as { level: number; msg: string });
      done();
    },
  });
  // The bot exactly as `npm start` builds it (client options, the real dispatcher), in this process.
  const discord = {
    token: standIn.token,
    clientId: standIn.applicationId,
    guildId: null,
    apiUrl: standIn.apiUrl,
  };
  bot = createBot(discord, () => knowledge, pino({ level: "warn" }, sink), 0);
  const ready = new Promise((resolve) => bot.client.once("clientReady", resolve));
  await bot.client.login(standIn.token);
  await ready;
  const random = seededRandom(SEED);
  payloads = Array.from({ length: INTERACTIONS }, () => generate(random));
});

afterAll(async () => {
  await bot?.client.destroy();
  await standIn?.close();
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

/** Dispatches one interaction and waits for its answer (the deferred edit too); returns its problems. */
async function run(payload: JsonObject): Promise<string[]> {
  const label = `type ${String(payload["type"])} ${JSON.stringify(payload["data"]).slice(0, 300)}`;
  // A fresh id, as Discord's would be: it carries the moment the user acted, and the payloads
  // were generated before the run (an old id is rightly dropped as past Discord's 3 s).
  payload["id"] = nextSnowflake();
  const first = await standIn.dispatchInteraction(payload, 5_000).catch(() => undefined);
  if (!first) return [`${label}: never answered`];
  const body = first.body as JsonObject;
  const data = (body["data"] ?? {}) as JsonObject;
  const problems: string[] = [];
  if ((first.sinceDispatchMs ?? Infinity) >= 3_000)
    problems.push(`acknowledged after ${first.sinceDispatchMs} ms`);
  if (body["type"] === 8) problems.push(...choiceProblems(data));
  else if (body["type"] !== 5) problems.push(...messageProblems(data));
  else {
    const edit = await standIn.waitForRequest(
      (r) => r.method === "PATCH" && r.interactionId === first.interactionId && r.status < 400,
      10_000,
    );
    problems.push(...messageProblems(edit.body as JsonObject));
  }
  return problems.map((p) => `${label}: ${p}`);
}

describe("fuzzed input through the real dispatcher", () => {
  it(`answers ${INTERACTIONS} generated interactions once each, within Discord's limits, never pinging`, async () => {
    const problems: string[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      for (let payload = payloads[next++]; payload; payload = payloads[next++])
        problems.push(...(await run(payload)));
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    await bot.settle();

    expect(problems, `seed ${SEED}`).toEqual([]);
    const requests = new Map<string, RecordedRequest[]>();
    for (const r of standIn.requests)
      if (r.interactionId)
        requests.set(r.interactionId, [...(requests.get(r.interactionId) ?? []), r]);
    const answeredOnce = payloads.filter((p) => {
      const mine = requests.get(String(p["id"])) ?? [];
      const callbacks = mine.filter((r) => r.path.endsWith("/callback"));
      return callbacks.length === 1 && mine.every((r) => r.status < 400);
    });
    expect(answeredOnce).toHaveLength(INTERACTIONS);
    expect(logged.filter((l) => l.level >= 50)).toEqual([]);
    expect(bot.client.isReady()).toBe(true);
  });

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
