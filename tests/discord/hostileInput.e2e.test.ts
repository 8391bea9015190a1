import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { NOT_OFFERED } from "../../src/discord/handleComponent.js";
import type { BotProcess } from "../support/botProcess.js";
import { useBotAgainstStandIn } from "../support/useBotAgainstStandIn.js";
import { userPayload, type DiscordStandIn, type JsonObject } from "../support/discord/index.js";

const CORPUS = path.join(import.meta.dirname, "../fixtures/busy-town");
const asker = userPayload("220987654321098765", "asker");
let standIn: DiscordStandIn;
let bot: BotProcess;

useBotAgainstStandIn({ CORPUS_DIR: CORPUS, INDEX_CACHE_DIR: "off" }, (s, b) => {
  standIn = s;
  bot = b;
});
/** Log lines before the tests: a cold first reply on a busy machine may be late, not a finding. */
let warmLines = 0;
beforeAll(async () => {
  for (const name of ["help", "ask"])
    await standIn
      .dispatchInteraction(
        standIn.build.chatInput({ name, options: name === "ask" ? { question: "Who?" } : {} }),
        15_000,
      )
      .catch(() => undefined);
  await standIn
    .dispatchInteraction(
      standIn.build.chatInput({ name: "quote", options: { speaker: "John Smith" } }),
      15_000,
    )
    .catch(() => undefined);
  warmLines = bot.logLines().length;
}, 60_000);

type Body = {
  type: number;
  data: {
    content?: string;
    flags?: number;
    choices?: Array<{ name: string; value: string }>;
    components?: Array<{
      components: Array<{ custom_id: string; options: Array<{ value: string }> }>;
    }>;
  };
};

/** The "Which John Smith?" menu: its custom id and the values it offers. */
async function speakerMenu(): Promise<{ customId: string; values: string[] }> {
  const reply = await standIn.dispatchInteraction(
    standIn.build.chatInput({ name: "quote", options: { speaker: "John Smith" }, user: asker }),
  );
  const menu = (reply.body as Body).data.components![0]!.components[0]!;
  return { customId: menu.custom_id, values: menu.options.map((o) => o.value) };
}

describe("input no Discord client would send", () => {
  it("refuses a menu value the menu did not offer, privately, without answering for it", async () => {
    const menu = await speakerMenu();
    const pick = await standIn.dispatchInteraction(
      standIn.build.stringSelect({
        customId: menu.customId,
        values: ["vladimir-putin"],
        user: asker,
      }),
    );
    expect(pick.body).toMatchObject({ type: 4, data: { flags: 64, content: NOT_OFFERED } });
  });

  it("refuses a 48 KB menu value before any work, and goes on answering others", async () => {
    const menu = await speakerMenu();
    const huge = `${menu.values[0]}${"x".repeat(48 * 1024)}`;
    const pick = await standIn.dispatchInteraction(
      standIn.build.stringSelect({ customId: menu.customId, values: [huge], user: asker }),
    );
    expect(pick.body).toMatchObject({ type: 4, data: { flags: 64 } });
    const next = await standIn.dispatchInteraction(
      standIn.build.chatInput({ name: "ask", options: { question: "Who presented the budget?" } }),
    );
    expect(next.body).toMatchObject({ type: 4 });
  });

  it("offers no choices for autocomplete text longer than the option allows", async () => {
    const typed = (speaker: string) =>
      standIn.dispatchInteraction(
        standIn.build.autocomplete({ name: "quote", options: { speaker }, focused: "speaker" }),
      );
    const fair = await typed("John Sm");
    expect((fair.body as Body).data.choices).not.toEqual([]);
    const long = await typed(`John Sm${" ".repeat(200)}`);
    expect(long.body).toEqual({ type: 8, data: { choices: [] } });
  });

  it("answers autocomplete with no focused option with no choices, and logs no error", async () => {
    const payload = standIn.build.autocomplete({
      name: "quote",
      options: { speaker: "John" },
      focused: "speaker",
    });
    const data = payload["data"] as { options: JsonObject[] };
    for (const option of data.options) delete option["focused"];
    const reply = await standIn.dispatchInteraction(payload);
    expect(reply.body).toEqual({ type: 8, data: { choices: [] } });
    await bot.waitForLog((l) => l["msg"] === "interaction" && l["kind"] === "autocomplete");
    const errors = bot
      .logLines()
      .slice(warmLines)
      .filter((l) => Number(l["level"]) >= 50);
    expect(errors).toEqual([]);
  });
});

describe("what the bot logs", () => {
  it("one info line per interaction: command, outcome, latency and shard, never the text", async () => {
    const question = "Who said the rain saved the crop?";
    const payload = standIn.build.chatInput({ name: "ask", options: { question } });
    await standIn.dispatchInteraction(payload);
    const [line] = await bot.waitForLog(
      (l) => l["msg"] === "interaction" && l["command"] === "ask" && l["outcome"] === "answered",
    );
    expect(line).toMatchObject({ level: 30, kind: "command", shard: 0 });
    expect(line!["ms"]).toEqual(expect.any(Number));
    expect(bot.logs()).not.toContain("rain saved");
  });
});

describe("events Discord delivers twice", () => {
  it("answers an interaction replayed after a RESUME only once", async () => {
    const payload = standIn.build.chatInput({
      name: "ask",
      options: { question: "Who opened the bridge?" },
    });
    await standIn.dispatchInteraction(payload);
    standIn.replayOnResume(3);
    const resumed = standIn.nextGatewayEvent("resumed", 0);
    standIn.closeGateway();
    await resumed;
    // Events come in order: once this later one is answered, the replay has been seen too.
    await standIn.dispatchInteraction(standIn.build.chatInput({ name: "help" }));
    await bot.waitForLog((l) => String(l["msg"]).startsWith("interaction delivered again"));
    const callbacks = standIn
      .interactionRequests(payload)
      .filter((r) => r.path.endsWith("/callback"));
    expect(callbacks.map((r) => r.status)).toEqual([204]);
  });
});
