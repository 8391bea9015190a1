import path from "node:path";
import { describe, expect, it } from "vitest";
import { useBotAgainstStandIn } from "../support/useBotAgainstStandIn.js";
import { userPayload, type DiscordStandIn } from "../support/discord/index.js";
import { expectSentInert } from "../support/discord/expectSentInert.js";
import { answerOf } from "../support/discord/replies.js";

const CORPUS = path.join(import.meta.dirname, "../fixtures/busy-town");
const asker = userPayload("210987654321098765", "asker");
const other = userPayload("310987654321098765", "someone-else");
let standIn: DiscordStandIn;

useBotAgainstStandIn({ CORPUS_DIR: CORPUS, INDEX_CACHE_DIR: "off" }, (s) => {
  standIn = s;
});

type Message = {
  content?: string;
  flags?: number;
  embeds?: Array<{ description?: string }>;
  components?: Array<{
    components: Array<{ custom_id?: string; label?: string; disabled?: boolean }>;
  }>;
};

async function timelinePages(): Promise<Message> {
  const first = await standIn.dispatchInteraction(
    standIn.build.chatInput({ name: "timeline", user: asker }),
  );
  const edit = await standIn.waitForRequest(
    (r) => r.method === "PATCH" && r.interactionId === first.interactionId,
    10_000,
  );
  return edit.body as Message;
}

const button = (message: Message, label: string) =>
  message.components?.[0]?.components.find((c) => c.label === label);

describe("autocomplete and choices", () => {
  it("offers speaker names as the user types, typos forgiven", async () => {
    const reply = await standIn.dispatchInteraction(
      standIn.build.autocomplete({
        name: "quote",
        options: { speaker: "Smyth" },
        focused: "speaker",
        user: asker,
      }),
    );
    const choices = (
      reply.body as { type: number; data: { choices: Array<{ name: string; value: string }> } }
    ).data.choices;
    expect((reply.body as { type: number }).type).toBe(8);
    expect(choices.map((c) => c.name)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^John Smith — the finance minister/u)]),
    );
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
  });

  it("asks which speaker with a menu when a name fits two people, and answers the choice", async () => {
    const reply = await standIn.dispatchInteraction(
      standIn.build.chatInput({ name: "quote", options: { speaker: "John Smith" }, user: asker }),
    );
    const message = (
      reply.body as {
        data: {
          components: Array<{
            components: Array<{
              custom_id: string;
              options: Array<{ value: string; description: string }>;
            }>;
          }>;
        };
      }
    ).data;
    const menu = message.components[0]!.components[0]!;
    const farmer = menu.options.find((o) => o.description.includes("farmer"))!;
    const pick = await standIn.dispatchInteraction(
      standIn.build.stringSelect({ customId: menu.custom_id, values: [farmer.value], user: asker }),
    );
    const picked = (
      (await answerOf(standIn, pick)).message as {
        embeds: Array<{ title: string; description: string }>;
      }
    ).embeds[0]!;
    expect(picked.title).toContain("a dairy farmer from Elmford");
    expect(picked.description).toContain("The rain in August saved the whole crop.");
  });
});

describe("paging buttons", () => {
  it("turn the pages for the person who asked", async () => {
    const page1 = await timelinePages();
    expect(page1.embeds?.[0]?.description).toMatch(/^\*\*1990\*\*/u);
    expect(button(page1, "Previous")?.disabled).toBe(true);
    expect(button(page1, "1 / 3")?.disabled).toBe(true);
    const press = await standIn.dispatchInteraction(
      standIn.build.button({ customId: button(page1, "Next")!.custom_id!, user: asker }),
    );
    const page2 = (await answerOf(standIn, press)).message as Message;
    expect(page2.embeds?.[0]?.description).toMatch(/^\*\*1998\*\*/u);
    expect(button(page2, "2 / 3")).toBeDefined();
    const back = await standIn.dispatchInteraction(
      standIn.build.button({ customId: button(page2, "Previous")!.custom_id!, user: asker }),
    );
    expect(((await answerOf(standIn, back)).message as Message).embeds?.[0]?.description).toMatch(
      /^\*\*1990\*\*/u,
    );
    // The picture was uploaded with the first page; turning pages keeps it, never re-sends it.
    for (const turn of [press, back]) {
      expect(turn.attachments).toBe(0);
      expect((turn.body as { data: { attachments?: unknown } }).data.attachments).toBeUndefined();
    }
  });

  it("tell anyone else, privately, that only the asker can turn them", async () => {
    const page1 = await timelinePages();
    const press = await standIn.dispatchInteraction(
      standIn.build.button({ customId: button(page1, "Next")!.custom_id!, user: other }),
    );
    expect(press.body).toMatchObject({
      type: 4,
      data: { flags: 64, content: expect.stringContaining("Only the person who ran this command") },
    });
  });

  it("answer an expired or unknown button politely", async () => {
    const press = await standIn.dispatchInteraction(
      standIn.build.button({ customId: "nd:p:gone:1", user: asker }),
    );
    expect(press.body).toMatchObject({
      type: 4,
      data: { flags: 64, content: expect.stringContaining("expired") },
    });
  });

  it("send nothing that could ping anyone or render a link, on any page", async () => {
    await expectSentInert(standIn, CORPUS);
  });

  it("send only bodies Discord's OpenAPI description accepts", ({ skip }) => {
    if (!standIn.openApi.available) skip(standIn.openApi.notice);
    expect(standIn.openApi.violations).toEqual([]);
  });
});
