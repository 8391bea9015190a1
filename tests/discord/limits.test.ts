import { describe, expect, it } from "vitest";
import type { AskResult } from "../../src/answer/ask.js";
import type { Citation } from "../../src/answer/citation.js";
import { linkTarget, safeMessage, safeText } from "../../src/discord/escape.js";
import { DISCORD_LIMITS, discordLength, truncate } from "../../src/discord/limits.js";
import { askReply } from "../../src/discord/render/askReply.js";
import { embedLength } from "../../src/discord/render/fitEmbed.js";
import { passagesReply } from "../../src/discord/render/passagesReply.js";
import { sourcesView } from "../../src/discord/render/sourcesReply.js";
import type { ReplyPayload } from "../../src/discord/render/reply.js";

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}
const PIECES = [
  "word ",
  "**bold** ",
  "@everyone ",
  "<@123456789012345678> ",
  "🙂",
  "\u200B",
  "\u202E",
  "a".repeat(50),
  "\n",
  "_x_ ",
  "`code` ",
  "é",
];
function text(rand: () => number, max: number): string {
  const n = Math.floor(rand() * max);
  let out = "";
  for (let i = 0; i < n; i++) out += PIECES[Math.floor(rand() * PIECES.length)];
  return out;
}

function citation(rand: () => number, n: number): Citation {
  return {
    n,
    articleId: `a${n}`,
    title: text(rand, 60) || "t",
    published: "2025-07-03",
    url: rand() > 0.5 ? `https://example.com/${n}` : null,
    source: rand() > 0.5 ? text(rand, 10) : null,
    paragraph: n,
    passage: text(rand, 800) || "p",
    passageId: `a${n}#1.1`,
  };
}

function expectWithinLimits(payload: ReplyPayload): void {
  expect((payload.embeds ?? []).length).toBeLessThanOrEqual(DISCORD_LIMITS.embeds);
  let total = 0;
  for (const embed of payload.embeds ?? []) {
    expect(discordLength(embed.title ?? "")).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
    expect(discordLength(embed.description ?? "")).toBeLessThanOrEqual(
      DISCORD_LIMITS.embedDescription,
    );
    expect((embed.fields ?? []).length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFields);
    for (const f of embed.fields ?? []) {
      expect(discordLength(f.value)).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
      expect(discordLength(f.name)).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
    }
    total += embedLength(embed);
  }
  expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
  if (payload.content)
    expect(discordLength(payload.content)).toBeLessThanOrEqual(DISCORD_LIMITS.content);
}

describe("Discord replies stay within Discord's limits", () => {
  it("for 100 random answers with very long passages and many sources", () => {
    for (let seed = 1; seed <= 100; seed++) {
      const rand = random(seed);
      const citations = Array.from({ length: 1 + Math.floor(rand() * 40) }, (_, i) =>
        citation(rand, i + 1),
      );
      const result: AskResult = {
        question: text(rand, 80) || "q",
        corrected: rand() > 0.5 ? text(rand, 300) || "c" : null,
        abstained: rand() > 0.8,
        short: rand() > 0.3 ? { text: text(rand, 120) || "s", citation: 1 } : null,
        answer: "",
        sentences: citations
          .slice(0, 3)
          .map((c) => ({ text: text(rand, 400) || "s", citation: c.n })),
        citations,
        asOf: "2025-07-03",
        closest: citations
          .slice(0, 3)
          .map((c) => ({ articleId: c.articleId, title: c.title, published: c.published })),
      };
      expectWithinLimits(askReply(result));
      expectWithinLimits(passagesReply(citations));
      for (const page of sourcesView({ articles: citations.map((c) => ({ ...c, paragraphs: 3 })) })
        .pages)
        expectWithinLimits(page);
    }
  });
});

describe("truncate", () => {
  it.each([
    ["short", 10, "short"],
    ["hello world again", 12, "hello world…"],
    ["🙂🙂🙂🙂", 3, "🙂🙂…"],
  ])("cuts %j to %i", (input, max, expected) => {
    expect(truncate(input, max)).toBe(expected);
  });
});

describe("safeText", () => {
  it("escapes Markdown and defuses mentions", () => {
    expect(safeText("**hi** @everyone <@123456789012345678>")).toBe(
      "\\*\\*hi\\*\\* @\u200Beveryone <\u200B@123456789012345678>",
    );
  });
  it("drops control characters", () => {
    expect(safeText("a\u0000b\u0007c")).toBe("abc");
  });
  it.each([
    [
      "every masked link, not only the first of a line",
      "[a](https://x.io) and [b](https://y.io)",
      "\\[a\\](https:\u200B//x.io) and \\[b\\](https:\u200B//y.io)",
    ],
    ["a bare link", "see https://example.com/raw", "see https:\u200B//example.com/raw"],
    [
      "headings, lists, block quotes and subtext at a line's start",
      "# h\n- l\n> q\n-# s",
      "\\# h\n\\- l\n\\> q\n\\-# s",
    ],
    [
      "command, channel and role mentions",
      "</ask:1> <#2> <@&3>",
      "<\u200B/ask:1> <\u200B#2> <\u200B@&3>",
    ],
  ])("defuses %s", (_, input, expected) => {
    expect(safeText(input)).toBe(expected);
  });
  it("escapes every Markdown mark, wherever it stands", () => {
    expect(safeText("a_b *c* ~~d~~ ||e|| `f` \\ 1. g")).toBe(
      "a\\_b \\*c\\* \\~\\~d\\~\\~ \\|\\|e\\|\\| \\`f\\` \\\\ 1. g",
    );
    expect(safeText("1. first\n* second")).toBe("1\\. first\n\\* second");
  });
  it("escapes a long line in one pass (a rescan per character would take minutes)", () => {
    const line = "snake_case and *stars* ".repeat(5_000);
    const escaped = safeText(line);
    expect(escaped.length).toBe(line.length + 5_000 * 3);
  }, 5_000);
  it("keeps inline code live in messages it writes, and links dead", () => {
    expect(safeMessage("`from`: [x](https://e.x)")).toBe("`from`: \\[x\\](https:\u200B//e.x)");
  });
});

describe("linkTarget", () => {
  it("encodes what could close a Markdown link or open another, and refuses other schemes", () => {
    expect(linkTarget("https://example.com/a) [free](https://evil.example")).toBe(
      "https://example.com/a%29%20%5Bfree%5D%28https://evil.example",
    );
    expect(linkTarget("javascript:alert(1)")).toBeNull();
  });
});
