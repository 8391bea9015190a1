import { describe, expect, it } from "vitest";
import { useBotAgainstStandIn } from "../support/useBotAgainstStandIn.js";
import { userPayload, type DiscordStandIn } from "../support/discord/index.js";
import { expectSentInert } from "../support/discord/expectSentInert.js";
import { dispatchForAnswer } from "../support/discord/replies.js";

let standIn: DiscordStandIn;

useBotAgainstStandIn({ COOLDOWN_SECONDS: "30", INDEX_CACHE_DIR: "off" }, (s) => {
  standIn = s;
});

/** What the user sees for a /help: the reply, or the edit after a deferral. */
const ask = async (user: ReturnType<typeof userPayload>) =>
  (await dispatchForAnswer(standIn, standIn.build.chatInput({ name: "help", user }))).message;

describe("the per-user cooldown", () => {
  it("tells a user who goes too fast, privately, how long to wait, and answers others meanwhile", async () => {
    const first = userPayload("410987654321098765", "fast");
    expect(await ask(first)).toMatchObject({ embeds: [expect.anything()] });
    expect(await ask(first)).toMatchObject({
      flags: 64,
      content: expect.stringMatching(/try again in (29|30) s/u),
    });
    const other = await ask(userPayload("510987654321098765", "patient"));
    expect(other).toMatchObject({ embeds: [expect.anything()] });
  });

  it("sends nothing that could ping anyone or render a link", async () => {
    await expectSentInert(standIn);
  });
});
