import path from "node:path";
import { describe, expect, it } from "vitest";
import type { BotProcess } from "../support/botProcess.js";
import { useBotAgainstStandIn } from "../support/useBotAgainstStandIn.js";
import { type DiscordStandIn, type JsonObject } from "../support/discord/index.js";
import { buildKnowledge } from "../../src/knowledge/buildKnowledge.js";
import { expectCitationsHold } from "../support/citations/index.js";
import { expectSentInert } from "../support/discord/expectSentInert.js";
import { HOSTILE, inertnessProblems } from "../support/discord/inertness.js";
import { dispatchForAnswer } from "../support/discord/replies.js";

const CORPUS = path.join(import.meta.dirname, "../../corpus");
/** The bot's corpus, read here too, to check what its replies cite. */
const knowledge = await buildKnowledge(CORPUS);
let standIn: DiscordStandIn;
let bot: BotProcess;

useBotAgainstStandIn({}, (s, b) => {
  standIn = s;
  bot = b;
});

type Message = {
  content?: string;
  flags?: number;
  embeds?: Array<{
    title?: string;
    description?: string;
    fields?: Array<{ name: string; value: string }>;
  }>;
  components?: Array<{ components: Array<{ custom_id?: string; label?: string }> }>;
  allowed_mentions?: unknown;
};

/** What the user ends up seeing: the reply, or the edit after "thinking…" (see `answerOf`). */
async function messageOf(payload: JsonObject): Promise<Message> {
  return (await dispatchForAnswer(standIn, payload)).message as Message;
}

const ask = (question: string): Promise<Message> =>
  messageOf(standIn.build.chatInput({ name: "ask", options: { question } }));

describe("the bot against a stand-in for Discord", () => {
  it("logs in as npm start starts it", () => {
    expect(standIn.gatewayEvents.some((e) => e.kind === "identify")).toBe(true);
    expect(bot.logs()).toContain("logged in to Discord");
  });

  it("answers /ask with a cited embed, a sources field and no mentions allowed", async () => {
    const message = await ask("Who was the first country to recognize the Taliban government?");
    const embed = message.embeds?.[0];
    expect(embed?.description).toMatch(/Russia.*\*\*\[1\]\*\*/su);
    expect(embed?.description).toContain("As of 3 July 2025");
    expect(embed?.fields?.[0]?.value).toContain("Russia Becomes the First Country");
    expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(message.flags ?? 0).toBe(0);
    expect(message.components?.[0]?.components[0]?.label).toBe("Show passages");
  });

  it("answers in a DM with the bot and, user-installed, in a private channel", async () => {
    for (const location of [standIn.build.inDm(), standIn.build.inPrivateChannel()]) {
      const reply = await messageOf(
        standIn.build.chatInput({
          name: "ask",
          options: { question: "Who is Russia's ambassador to Afghanistan?" },
          location,
        }),
      );
      expect(reply.embeds?.[0]?.description).toContain("Zhirnov");
    }
  });

  it("acknowledges first an interaction that already waited over a second, then answers it", async () => {
    const payload = standIn.build.chatInput({
      name: "ask",
      options: { question: "Who is Maryam Solaimankhil?" },
    });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const ack = await standIn.dispatchInteraction(payload);
    expect(ack.body).toMatchObject({ type: 5 });
    const edit = await standIn.waitForRequest(
      (r) => r.method === "PATCH" && r.interactionId === ack.interactionId,
      5_000,
    );
    expect((edit.body as Message).embeds?.[0]?.description).toContain("Solaimankhil");
  });

  it("says plainly when the corpus does not answer, what is missing and the closest articles", async () => {
    const message = await ask("Who won the 2022 football World Cup?");
    expect(message.embeds?.[0]?.description).toMatch(
      // The seed articles write "world" in lower case, so the question's "World" is no name
      // there; the year the question is about is what they never mention.
      /^The articles never mention 2022\./u,
    );
    expect(message.embeds?.[0]?.description).toContain("Closest articles");
    expect(message.components ?? []).toEqual([]);
  });

  it("answers a bad option privately with what to fix", async () => {
    const message = await ask("hi");
    expect(message.content).toMatch(/too short/u);
    expect(message.flags).toBe(64);
  });

  it("shows the cited passages privately when Show passages is pressed", async () => {
    const answer = await ask("How did Muttaqi describe Russia's decision?");
    const customId = answer.components?.[0]?.components[0]?.custom_id ?? "";
    const message = await messageOf(standIn.build.button({ customId }));
    expect(message.flags).toBe(64);
    expect(message.embeds?.[0]?.description).toContain("realistic and historic advancement");
    expect(expectCitationsHold(answer, knowledge)).toBeGreaterThan(0);
    expect(expectCitationsHold(message, knowledge)).toBe(
      answer.embeds?.[0]?.fields?.[0]?.value.split("\n").length,
    );
  });

  it("answers /sources, /speakers and /help", async () => {
    const sources = await messageOf(standIn.build.chatInput({ name: "sources" }));
    expect(sources.embeds?.[0]?.title).toBe("Sources (2 articles, newest first)");
    const speakers = await messageOf(standIn.build.chatInput({ name: "speakers" }));
    expect(speakers.embeds?.[0]?.description).toContain("Amir Khan Muttaqi");
    const help = await messageOf(standIn.build.chatInput({ name: "help" }));
    expect(help.embeds?.[0]?.description).toContain("2 articles");
  });

  it("defers /timeline, then edits in the cited events with a picture attached", async () => {
    const payload = standIn.build.chatInput({ name: "timeline" });
    const first = await standIn.dispatchInteraction(payload);
    expect(first.body).toMatchObject({ type: 5 });
    const edit = await standIn.waitForRequest(
      (r) => r.method === "PATCH" && r.interactionId === first.interactionId,
      10_000,
    );
    expect(edit.attachments).toBe(1);
    const embed = (edit.body as Message).embeds?.[0];
    expect(embed?.description).toMatch(/^\*\*1996–2001\*\* · During their previous rule/u);
    expect(embed?.description).toContain("**3 Jul 2025 (inferred)**");
    expect((edit.body as Message).allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(expectCitationsHold(edit.body, knowledge)).toBeGreaterThanOrEqual(5);
  });

  it("answers a bad /timeline date range privately, before deferring", async () => {
    const message = await messageOf(
      standIn.build.chatInput({ name: "timeline", options: { from: "2025", to: "2024" } }),
    );
    expect(message.flags).toBe(64);
    expect(message.content).toContain("is after `to`");
  });

  it("answers /quote with the speaker's name and role, each quote cited and partial ones marked", async () => {
    const message = await messageOf(
      standIn.build.chatInput({ name: "quote", options: { speaker: "Muttaqi" } }),
    );
    const embed = message.embeds?.[0];
    expect(embed?.title).toBe(
      "Amir Khan Muttaqi — Afghanistan’s Acting Foreign Minister (2 quotes)",
    );
    expect(embed?.description).toContain(
      "“realistic and historic advancement” *(partial quote)* **[2]**",
    );
    expect(embed?.description).toContain("-# Muttaqi further described");
    expect(expectCitationsHold(message, knowledge)).toBe(2);
  });

  it.each([
    ["ask", { question: `Who is ${HOSTILE.maskedLink} ${HOSTILE.everyone} ${HOSTILE.bold}?` }],
    ["quote", { speaker: HOSTILE.maskedLink }],
    ["quote", { speaker: "Muttaqi", about: `${HOSTILE.maskedLink} ${HOSTILE.user}` }],
    ["timeline", { topic: `${HOSTILE.maskedLink} ${HOSTILE.spoiler}` }],
  ])(
    "shows a user's links, mentions and Markdown in /%s as typed, never live",
    async (name, options) => {
      const message = await messageOf(standIn.build.chatInput({ name, options }));
      expect(JSON.stringify(message)).toContain("free nitro");
      expect(inertnessProblems(message as JsonObject)).toEqual([]);
    },
  );

  it("sends nothing, in any reply, edit or follow-up, that could ping anyone or render a link", async () => {
    expect(await expectSentInert(standIn, CORPUS)).toBeGreaterThan(10);
  });

  it("sends only request bodies that Discord's OpenAPI description accepts", ({ skip }) => {
    if (!standIn.openApi.available) skip(standIn.openApi.notice);
    expect(standIn.openApi.violations).toEqual([]);
  });

  it("finishes, logs out and exits 0 on SIGTERM", async () => {
    expect(await bot.stop("SIGTERM")).toBe(0);
    expect(bot.logs()).toContain("logged out");
  });
});
