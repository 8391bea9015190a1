import { describe, expect, it } from "vitest";
import { useBotAgainstStandIn } from "../support/useBotAgainstStandIn.js";
import { userPayload, type DiscordStandIn } from "../support/discord/index.js";

let standIn: DiscordStandIn;

useBotAgainstStandIn({ COOLDOWN_SECONDS: "30", INDEX_CACHE_DIR: "off" }, (s) => {
  standIn = s;
});

const ask = (user: ReturnType<typeof userPayload>) =>
  standIn.dispatchInteraction(standIn.build.chatInput({ name: "help", user }));

describe("the per-user cooldown", () => {
  it("tells a user who goes too fast, privately, how long to wait, and answers others meanwhile", async () => {
    const first = userPayload("410987654321098765", "fast");
    expect(await ask(first)).toMatchObject({
      body: { type: 4, data: { embeds: [expect.anything()] } },
    });
    const again = await ask(first);
    expect(again.body).toMatchObject({
      type: 4,
      data: { flags: 64, content: expect.stringMatching(/try again in (29|30) s/u) },
    });
    const other = await ask(userPayload("510987654321098765", "patient"));
    expect(other.body).toMatchObject({ type: 4, data: { embeds: [expect.anything()] } });
  });
});
