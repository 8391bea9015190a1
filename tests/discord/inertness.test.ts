import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { findCommand } from "../../commands/index.js";
import { parseInput } from "../../commands/parseInput.js";
import { buildKnowledge } from "../../src/knowledge/buildKnowledge.js";
import { openView } from "../../src/discord/openView.js";
import { dispatcherDeps } from "../../src/discord/dispatcher.js";
import { DISCORD_RENDERERS } from "../../src/discord/render/index.js";
import type { DiscordView } from "../../src/discord/render/view.js";
import type { Knowledge } from "../../src/knowledge/knowledge.js";
import { createLogger } from "../../src/logger.js";
import { HOSTILE, inertnessProblems } from "../support/discord/inertness.js";
import type { JsonObject } from "../support/discord/types.js";

const HOSTILE_CORPUS = path.join(import.meta.dirname, "../fixtures/hostile");
const H = HOSTILE;

/** Commands as members type them: plain questions about the hostile articles, and hostile input. */
const RUNS: ReadonlyArray<[string, Record<string, string>]> = [
  ["ask", { question: "When did the Elmford council vote to hand out free nitro?" }],
  ["ask", { question: "What did Mallory Doe say about claiming it?" }],
  ["ask", { question: "When was the nitro budget approved with amendments?" }],
  ["ask", { question: `${H.maskedLink} ${H.bold} ${H.everyone} who voted on nitro?` }],
  ["ask", { question: `${H.heading} ${H.user} ${H.spoiler} ${H.bareLink}` }],
  ["timeline", {}],
  ["timeline", { topic: `nitro ${H.maskedLink} ${H.strike}` }],
  ["timeline", { topic: H.maskedLink, from: "2024", to: "2024" }],
  ["quote", { speaker: "Mallory Doe" }],
  ["quote", { speaker: "Mallory" }],
  ["quote", { speaker: H.maskedLink }],
  ["quote", { speaker: `${H.everyone} ${H.role}` }],
  ["quote", { speaker: "Mallory Doe", about: H.maskedLink }],
  ["speakers", {}],
  ["sources", {}],
  ["help", {}],
];

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await buildKnowledge(HOSTILE_CORPUS);
});

/** Every message a view can send: each page, the passages it reveals, the views its menu picks. */
function messagesOf(view: DiscordView, depth = 0): JsonObject[] {
  const deps = dispatcherDeps(() => knowledge, createLogger("silent"), 0);
  const first = openView(view, "1", deps);
  const pages = view.pages.map((page) => ({ ...page, allowedMentions: first.allowedMentions }));
  const messages = [
    ...pages,
    ...(view.reveal ? [{ ...view.reveal.payload, allowedMentions: first.allowedMentions }] : []),
  ];
  const picked =
    depth === 0
      ? (view.choose?.options ?? []).flatMap((o) => messagesOf(view.choose!.pick(o.value), 1))
      : [];
  return [...messages.map(asSent), ...picked];
}

/** A payload as discord.js sends it: `allowedMentions` becomes `allowed_mentions`. */
function asSent(payload: object): JsonObject {
  const { allowedMentions, ...rest } = payload as Record<string, unknown>;
  const mentions = allowedMentions as { parse?: string[] } | undefined;
  // Files (the timeline picture) are not text; leave them out.
  delete rest["files"];
  return JSON.parse(
    JSON.stringify({
      ...rest,
      ...(mentions ? { allowed_mentions: { parse: mentions.parse } } : {}),
    }),
  ) as JsonObject;
}

describe("Discord replies over hostile articles and hostile input", () => {
  it.each(RUNS)("/%s %j sends only inert text", (name, raw) => {
    const command = findCommand(name)!;
    const view = DISCORD_RENDERERS[name]!(
      command.run(knowledge, parseInput(command, raw)),
      knowledge,
    );
    const messages = messagesOf(view);
    expect(messages.length).toBeGreaterThan(0);
    const allowedLinks = [...knowledge.articles.values()].flatMap((a) => (a.url ? [a.url] : []));
    expect(messages.flatMap((m) => inertnessProblems(m, { allowedLinks }))).toEqual([]);
  });

  it("reaches the hostile text: answers, events and quotes carry it", () => {
    const shown = RUNS.slice(0, 3)
      .concat([
        ["timeline", {}],
        ["quote", { speaker: "Mallory Doe" }],
      ])
      .map(([name, raw]) => {
        const command = findCommand(name)!;
        return JSON.stringify(
          messagesOf(
            DISCORD_RENDERERS[name]!(command.run(knowledge, parseInput(command, raw)), knowledge),
          ),
        );
      })
      .join("\n");
    for (const word of [
      "nitro",
      "bold canary",
      "heading canary",
      "quote canary",
      "subtext canary",
      "claim",
    ])
      expect(shown).toContain(word);
  });
});
