import { DefaultRestOptions } from "discord.js";
import { describe, expect, it } from "vitest";
import { APOLOGY } from "../../src/discord/dispatcher.js";
import type { BotProcess } from "../support/botProcess.js";
import { useBotAgainstStandIn } from "../support/useBotAgainstStandIn.js";
import {
  userPayload,
  type DiscordStandIn,
  type JsonObject,
  type RecordedRequest,
} from "../support/discord/index.js";
import { expectSentInert } from "../support/discord/expectSentInert.js";
import { answerOf } from "../support/discord/replies.js";

const QUESTION = "Who was the first country to recognize the Taliban government?";
/** A reply (4) or an acknowledgement answered by an edit (5): which one depends on timing. */
const ANSWERED = [4, 5];
/** discord.js sends a request once and retries a 5xx `retries` more times before it throws. */
const ATTEMPTS = DefaultRestOptions.retries + 1;
let standIn: DiscordStandIn;
let bot: BotProcess;
/** Every interaction this file dispatched, to check the acknowledgement deadline at the end. */
const dispatched: JsonObject[] = [];

useBotAgainstStandIn({}, (s, b) => {
  standIn = s;
  bot = b;
});

function askPayload(user?: JsonObject): JsonObject {
  const payload = standIn.build.chatInput({
    name: "ask",
    options: { question: QUESTION },
    ...(user ? { user } : {}),
  });
  dispatched.push(payload);
  return payload;
}

/** Only this interaction's requests: its callback carries the id, its webhooks the token. */
const forInteraction =
  (payload: JsonObject) =>
  (request: { path: string }): boolean =>
    request.path.includes(`/${String(payload["id"])}/`) ||
    request.path.includes(`/${String(payload["token"])}`);

async function askAll(count: number): Promise<RecordedRequest[]> {
  return Promise.all(
    Array.from({ length: count }, () => standIn.dispatchInteraction(askPayload(), 8_000)),
  );
}

describe("the bot when the network fails", () => {
  it("resumes after the gateway drops mid-burst and answers everything sent around the drop", async () => {
    const resumed = standIn.nextGatewayEvent("resumed", 0);
    const before = askAll(5);
    standIn.closeGateway(); // cut socket: the client sees 1006 and resumes
    const during = askAll(5); // queued by the stand-in, replayed or sent once resumed
    await resumed;
    const after = askAll(5);
    const replies = (await Promise.all([before, during, after])).flat();
    for (const r of replies) expect(ANSWERED).toContain((r.body as JsonObject)["type"]);
    expect(replies).toHaveLength(15);
    expect(standIn.gatewayEvents.filter((e) => e.kind === "identify")).toHaveLength(1);
  });

  it("waits out a 429 on a reply as discord.js's rate-limit handling says, then the reply lands", async () => {
    const payload = askPayload();
    standIn.failNext({ status: 429, retryAfter: 0.5, match: forInteraction(payload) });
    const reply = await standIn.dispatchInteraction(payload);
    const [limited] = standIn.interactionRequests(payload);
    expect(limited).toMatchObject({ status: 429, fault: 429 });
    expect((reply.sinceDispatchMs ?? 0) - (limited?.sinceDispatchMs ?? 0)).toBeGreaterThanOrEqual(
      450,
    );
    expect(ANSWERED).toContain((reply.body as JsonObject)["type"]);
    const [warning] = await bot.waitForLog((l) => l["status"] === 429);
    expect(warning).toMatchObject({
      route: "/interactions/:id/:token/callback",
      retryAfter: "0.5",
    });
  });

  it("apologises privately and logs command, user and error when a reply fails past every retry", async () => {
    const user = userPayload("410987654321098765", "unlucky");
    const payload = askPayload(user);
    // The handler's own reply throws (HTTPError 500 after discord.js's retries); the apology gets through.
    standIn.failNext({ status: 500, count: ATTEMPTS, match: forInteraction(payload) });
    const reply = await standIn.dispatchInteraction(payload);
    expect(reply.body).toMatchObject({ type: 4, data: { content: APOLOGY, flags: 64 } });
    expect(reply.body).toMatchObject({ data: { allowed_mentions: { parse: [] } } });
    expect(standIn.interactionRequests(payload).filter((r) => r.fault === 500)).toHaveLength(
      ATTEMPTS,
    );
    const [logged] = await bot.waitForLog(
      (l) => l["msg"] === "interaction failed" && l["userId"] === user["id"],
    );
    expect(logged).toMatchObject({
      level: 50,
      command: "ask",
      interactionId: payload["id"],
      err: { type: "HTTPError", status: 500 },
    });
  });

  it("stays up and logs both failures when even the apology cannot be sent", async () => {
    const payload = askPayload();
    standIn.failNext({ status: 500, count: 2 * ATTEMPTS, match: forInteraction(payload) });
    const from = standIn.requests.length;
    void standIn.dispatchInteraction(payload, 3_000).catch(() => undefined);
    const failures = await bot.waitForLog(
      (l) => l["interactionId"] === payload["id"] && l["command"] === "ask",
      2,
    );
    expect(failures.map((l) => l["msg"])).toEqual([
      "interaction failed",
      "could not send the error reply",
    ]);
    expect(standIn.requests.slice(from).filter((r) => r.fault === 500)).toHaveLength(2 * ATTEMPTS);
    expect(bot.child.exitCode).toBeNull();
    expect(ANSWERED).toContain(((await askAll(1))[0]?.body as JsonObject)["type"]);
  });

  it("identifies again after a non-resumable close and answers every interaction after it is back", async () => {
    // discord.js spaces IDENTIFYs 5 s apart (max_concurrency 1), so this can wait a few seconds.
    const identified = standIn.nextGatewayEvent("ready", 0, 15_000);
    standIn.closeGateway(4007); // invalid sequence: the session cannot be resumed
    await identified;
    const replies = await askAll(10);
    expect(replies.every((r) => r.status < 400)).toBe(true);
    expect(standIn.gatewayEvents.filter((e) => e.kind === "identify")).toHaveLength(2);
  });

  it("acknowledges every interaction that was answered within Discord's 3 seconds", () => {
    const acknowledged = dispatched.flatMap((payload) =>
      standIn
        .interactionRequests(payload)
        .filter((r) => r.path.endsWith("/callback"))
        .filter((r) => r.status < 400)
        .slice(0, 1),
    );
    // All but the one whose apology could not be sent either.
    expect(acknowledged).toHaveLength(dispatched.length - 1);
    expect(Math.max(...acknowledged.map((r) => r.sinceDispatchMs ?? Infinity))).toBeLessThan(3_000);
  });

  it("sends nothing, even when retrying or apologising, that could ping anyone or render a link", async () => {
    await expectSentInert(standIn);
  });

  it("sends only request bodies Discord's OpenAPI description accepts", ({ skip }) => {
    if (!standIn.openApi.available) skip(standIn.openApi.notice);
    expect(standIn.openApi.violations).toEqual([]);
  });

  it("finishes the replies in flight on SIGINT, logs out and exits 0", async () => {
    const slowAsk = askPayload();
    const slowTimeline = standIn.build.chatInput({ name: "timeline" });
    // Each reply is held up by a 1 s rate limit, so both are still in flight when SIGINT arrives.
    standIn.failNext({ status: 429, retryAfter: 1, match: forInteraction(slowAsk) });
    standIn.failNext({
      status: 429,
      retryAfter: 1,
      match: (r) => r.method === "PATCH" && forInteraction(slowTimeline)(r),
    });
    const asked = standIn.dispatchInteraction(slowAsk);
    const deferred = standIn.dispatchInteraction(slowTimeline);
    await standIn.waitForRequest((r) => r.fault === 429 && forInteraction(slowAsk)(r), 5_000);
    await deferred;
    await standIn.waitForRequest((r) => r.fault === 429 && forInteraction(slowTimeline)(r), 5_000);
    const signalled = performance.now();
    const exitCode = bot.stop("SIGINT");
    const edit = await standIn.waitForRequest(
      (r) => r.method === "PATCH" && r.status === 200 && forInteraction(slowTimeline)(r),
      5_000,
    );
    const answer = await answerOf(standIn, await asked);
    expect(JSON.stringify(answer.message)).toContain("Russia");
    expect(edit.attachments).toBe(1);
    expect(await exitCode).toBe(0);
    expect(performance.now() - signalled).toBeGreaterThanOrEqual(500);
    const messages = bot.logLines().map((l) => l["msg"]);
    expect(messages.indexOf("logged out")).toBeGreaterThan(
      messages.indexOf("shutting down: finishing replies under way"),
    );
  });
});
