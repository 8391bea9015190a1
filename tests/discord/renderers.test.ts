import { describe, expect, it } from "vitest";
import { listSources } from "../../commands/sources.js";
import { sourcesView } from "../../src/discord/render/sourcesReply.js";
import { listSpeakers } from "../../commands/speakers.js";
import { DISCORD_RENDERERS } from "../../src/discord/render/index.js";
import { literalKnowledge } from "../support/literalKnowledge.js";

const article = (id: string) => ({
  id,
  title: `Council ${id}`,
  body: `Mayor Ann Lee said: “The ${id} budget passed.”`,
});

describe("Discord renderers of commands without options", () => {
  it("make /sources and /speakers once per knowledge, for every session to share", () => {
    const one = literalKnowledge([article("a"), article("b")]);
    const other = literalKnowledge([article("c")]);
    for (const [name, run] of [
      ["sources", listSources],
      ["speakers", listSpeakers],
    ] as const) {
      const render = DISCORD_RENDERERS[name]!;
      const first = render(run(one), one);
      expect(render(run(one), one)).toBe(first);
      const fresh = render(run(other), other);
      expect(fresh).not.toBe(first);
      expect(JSON.stringify(fresh)).not.toEqual(JSON.stringify(first));
    }
  });
});

describe("Discord's /sources", () => {
  it("says an undated corpus is listed by title, a dated one newest first", () => {
    const undated = literalKnowledge([article("b"), article("a")]);
    expect(sourcesView(listSources(undated)).pages[0]?.embeds?.[0]?.title).toBe(
      "Sources (2 articles, by title)",
    );
    const dated = literalKnowledge([{ ...article("c"), published: "2024-05-01" }]);
    expect(sourcesView(listSources(dated)).pages[0]?.embeds?.[0]?.title).toBe(
      "Sources (1 article, newest first)",
    );
  });
});
