import { describe, expect, it } from "vitest";
import { buildSpeakerDirectory } from "../../src/quotes/buildSpeakerDirectory.js";
import type { SpeakerDirectory } from "../../src/quotes/directoryTypes.js";
import { extractQuotes } from "../../src/quotes/extractQuotes.js";
import { bestMatches, matchTier, typedName } from "../../src/quotes/speakerMatch.js";
import { articleFrom } from "./articleFrom.js";
import { ARTICLES } from "./speakerFixtures.js";

const articles = [
  ...ARTICLES,
  articleFrom(
    "accents",
    [
      "José Mourinho, the Chelsea manager, said: “We play to win.”",
      "Seán O'Brien, a Dublin MP, said: “The bill will pass.”",
      "CBI director-general Sir Digby Jones said: “Firms are worried.”",
      "Labour's election chief Alan Milburn said: “The plan works.”",
    ].join("\n"),
  ),
];
const directory: SpeakerDirectory = buildSpeakerDirectory(
  articles,
  articles.flatMap(extractQuotes),
);

/** The entries at the best of the exact, words and prefix tiers, grading every entry. */
function graded(query: string): string[] {
  const typed = typedName(query);
  for (const tier of ["exact", "words", "prefix"] as const) {
    const hits = directory.entries.filter((e) => matchTier(e, typed, false) === tier);
    if (hits.length > 0) return hits.map((e) => e.id);
  }
  return [];
}

describe("bestMatches", () => {
  it.each([
    "jose",
    "José Mourinho",
    "Mourinho",
    "mour",
    "Sean O'Brien",
    "o'brien",
    "O’Brien",
    "Sir Digby",
    "Digby Jones",
    "digby-jones",
    "Muttaqi",
    "amir khan",
    "the Russian Foreign Ministry",
    "Russia’s Ministry of Foreign Affairs",
    "John Smith",
    "Milburn's",
    "Mr Milburn",
    "zhirnov",
    "nobody at all",
  ])("finds for %j what grading every entry finds", (query) => {
    expect(bestMatches(directory, query, ["exact", "words", "prefix"]).map((e) => e.id)).toEqual(
      graded(query),
    );
  });

  it("finds a name written with accents from the plain letters typed", () => {
    expect(bestMatches(directory, "jose", ["exact", "words", "prefix"]).map((e) => e.name)).toEqual(
      ["José Mourinho"],
    );
  });
});
