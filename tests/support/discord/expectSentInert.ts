import { expect } from "vitest";
import { loadCorpus } from "../../../src/corpus/load.js";
import { requestsInertnessProblems, sentMessages } from "./inertness.js";
import type { DiscordStandIn } from "./standInTypes.js";

/**
 * Asserts that every message the bot sent the stand-in so far (replies, edits, follow-ups, page
 * turns) allows no mentions and holds nothing live: no mention syntax, no link but the corpus
 * articles' own (read from `corpusDir`), no Markdown from corpus text or user input. Returns how
 * many messages were checked.
 */
export async function expectSentInert(
  standIn: DiscordStandIn,
  corpusDir?: string,
): Promise<number> {
  const articles = corpusDir ? (await loadCorpus(corpusDir)).articles : [];
  const allowedLinks = articles.flatMap((a) => (a.url ? [a.url] : []));
  const checked = sentMessages(standIn.requests).length;
  expect(requestsInertnessProblems(standIn.requests, { allowedLinks })).toEqual([]);
  expect(checked).toBeGreaterThan(0);
  return checked;
}
