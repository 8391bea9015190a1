import { beforeAll, describe, expect, it } from "vitest";
import { useBotAgainstStandIn } from "../support/useBotAgainstStandIn.js";
import {
  type DiscordStandIn,
  type Json,
  type JsonObject,
  type RecordedRequest,
} from "../support/discord/index.js";

let standIn: DiscordStandIn;

useBotAgainstStandIn({ COOLDOWN_SECONDS: "0", INDEX_CACHE_DIR: "off" }, (s) => {
  standIn = s;
});

// A fresh bot's first answer loads and compiles the answering code; on a busy machine that
// can pass Discord's three seconds. Warm it up first, whatever comes of it.
beforeAll(async () => {
  await standIn
    .dispatchInteraction(standIn.build.chatInput({ name: "help" }), 10_000)
    .catch(() => undefined);
  await standIn
    .dispatchInteraction(
      standIn.build.chatInput({ name: "ask", options: { question: "Who is Zhirnov?" } }),
      10_000,
    )
    .catch(() => undefined);
}, 30_000);

type Message = {
  content?: string;
  flags?: number;
  embeds?: Array<{ title?: string; description?: string }>;
  components?: Array<{ components: Array<{ custom_id?: string; label?: string }> }>;
};

const FIRST = "Who was the first country to recognize the Taliban government?";

function messageOf(request: RecordedRequest): Message {
  const body = request.body as { type: number; data?: Json } | undefined;
  return (body?.data ?? {}) as Message;
}

async function ask(question: string, thread?: JsonObject): Promise<Message> {
  const location = thread
    ? { kind: "guild" as const, guild: standIn.guilds[0]!, thread }
    : standIn.build.inGuild();
  const request = await standIn.dispatchInteraction(
    standIn.build.chatInput({ name: "ask", options: { question }, location }),
  );
  expect(request.body).toMatchObject({ type: 4 });
  return messageOf(request);
}

const followUpButton = (message: Message) =>
  message.components?.flatMap((row) => row.components).find((c) => c.label === "Follow up");

/**
 * Presses Follow up under an answer (the message it sits on: a new one, or `on`); resolves
 * with the reply, the request that started the thread, and the message pressed.
 */
async function pressFollowUp(message: Message, on?: JsonObject) {
  const customId = followUpButton(message)?.custom_id ?? "";
  const press = standIn.build.button({ customId, ...(on ? { message: on } : {}) });
  const pressed = press["message"] as JsonObject;
  const answerId = String(pressed["id"]);
  const from = standIn.requests.length;
  const reply = await standIn.dispatchInteraction(press);
  const start = await standIn.waitForRequest(
    (r) => r.method === "POST" && r.path.endsWith(`/messages/${answerId}/threads`),
    2_000,
    from,
  );
  return { reply: messageOf(reply), start, answerId, pressed };
}

describe("follow-up questions in a thread on the answer", () => {
  it("opens a thread on the answer and reads /ask there against its question", async () => {
    const answer = await ask(FIRST);
    expect(followUpButton(answer)).toBeDefined();
    const { reply, start, answerId } = await pressFollowUp(answer);
    expect(start.status).toBe(201);
    expect(start.body).toMatchObject({ name: FIRST, auto_archive_duration: 1440 });
    expect(reply.flags).toBe(64);
    expect(reply.content).toContain("in the thread under this answer");
    expect(reply.content).not.toContain("<#");
    expect(reply.content).toContain(`a follow-up to: ${FIRST}`);

    const thread = standIn.threads.get(answerId)!;
    const followUp = await ask("why did they do that?", thread);
    const description = followUp.embeds?.[0]?.description ?? "";
    expect(description).toMatch(/^\*Read as a follow-up to: Who was the first country/u);
    expect(description).toContain("**[1]**");
    expect(followUpButton(followUp)).toBeUndefined();

    // The next question in the thread follows up on the last one asked there.
    const next = await ask("when?", thread);
    expect(next.embeds?.[0]?.description).toMatch(/^\*Read as a follow-up to: why did they/u);
    expect(standIn.openApi.violations).toEqual([]);
  });

  it("reads the same question outside the thread on its own", async () => {
    const alone = await ask("why did they do that?");
    expect(alone.embeds?.[0]?.description).not.toContain("follow-up");
    expect(alone.embeds?.[0]?.description).toContain("do not answer");
  });

  it("points to the thread already open when Follow up is pressed again", async () => {
    const answer = await ask(FIRST);
    const first = await pressFollowUp(answer);
    const again = await pressFollowUp(answer, first.pressed);
    expect(again.start.status).toBe(400);
    expect(again.reply.flags).toBe(64);
    expect(again.reply.content).toContain("in the thread under this answer");
  });

  it("offers no Follow up in a DM, where no thread can be opened", async () => {
    const request = await standIn.dispatchInteraction(
      standIn.build.chatInput({
        name: "ask",
        options: { question: FIRST },
        location: standIn.build.inDm(),
      }),
    );
    expect(followUpButton(messageOf(request))).toBeUndefined();
  });
});
