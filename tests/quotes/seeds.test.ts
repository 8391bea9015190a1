import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { Article } from "../../src/corpus/types.js";
import { loadCorpus } from "../../src/corpus/load.js";
import { buildSpeakerDirectory } from "../../src/quotes/buildSpeakerDirectory.js";
import type { SpeakerDirectory } from "../../src/quotes/directoryTypes.js";
import { extractQuotes } from "../../src/quotes/extractQuotes.js";
import { resolveSpeaker } from "../../src/quotes/resolveSpeaker.js";
import type { QuoteMention } from "../../src/quotes/types.js";

// The two seed articles as the corpus holds them, loaded by the real loader and splitter.
const SEEDS = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../corpus");

let articles: Article[] = [];
let quotes: QuoteMention[] = [];
let directory: SpeakerDirectory;

beforeAll(async () => {
  articles = (await loadCorpus(SEEDS)).articles;
  quotes = articles.flatMap(extractQuotes);
  directory = buildSpeakerDirectory(articles, quotes);
});

describe("quote quality on the seed articles", () => {
  it("finds exactly the five quotes, each with its speaker, role and partial flag", () => {
    expect(quotes.map((q) => [q.speaker, q.text.slice(0, 40), q.partial, q.role])).toEqual([
      [
        "Amir Khan Muttaqi",
        "This bold move by Russia sets an example",
        false,
        "Afghanistan’s Acting Foreign Minister",
      ],
      [
        "Amir Khan Muttaqi",
        "realistic and historic advancement",
        true,
        "Afghanistan’s Acting Foreign Minister",
      ],
      [
        "Russia’s Ministry of Foreign Affairs",
        "We believe that officially recognizing t",
        false,
        null,
      ],
      ["Vladimir Putin", "partner in combating terrorism", true, "Russian President"],
      [
        "Maryam Solaimankhil",
        "This development shows that strategic in",
        false,
        "a former member of Afghanistan’s parliament and known Taliban critic",
      ],
    ]);
  });

  it("cites each quote's own paragraph and sentence", () => {
    const first = quotes[0];
    const paragraph = articles[0]?.paragraphs.find((p) => p.number === first?.paragraph);
    expect(paragraph?.text.slice(first?.offset).startsWith("“This bold move")).toBe(true);
  });

  it.each([
    ["Muttaqi", "Amir Khan Muttaqi", 2],
    ["Maryam", "Maryam Solaimankhil", 1],
    ["Putin", "Vladimir Putin", 1],
    ["Russian Ministry of Foreign Affairs", "Russian Ministry of Foreign Affairs", 1],
    ["the Russian Foreign Ministry", "Russian Ministry of Foreign Affairs", 1],
  ])("resolves %j to %s with their quotes", (query, name, count) => {
    const found = resolveSpeaker(directory, query);
    expect(found.kind).toBe("match");
    if (found.kind === "match") {
      expect(found.speaker.name).toBe(name);
      expect(found.quotes).toHaveLength(count);
    }
  });

  it("filters a speaker's quotes by word family", () => {
    const found = resolveSpeaker(directory, "Russian Foreign Ministry", { about: "recognize" });
    expect(found.kind === "match" ? found.quotes.map((q) => q.text.slice(0, 20)) : []).toEqual([
      "We believe that offi",
    ]);
  });

  it.each(["Dmitry Zhirnov", "Zhirnov", "Ashraf Ghani"])(
    "returns no quotes for %s, named but never quoted",
    (query) => {
      const found = resolveSpeaker(directory, query);
      expect(found.kind).toBe("unquoted");
      if (found.kind === "unquoted") expect(found.mentions.length).toBeGreaterThan(0);
    },
  );

  it("does not read the stray mark in the second seed as a quote", () => {
    expect(
      quotes.filter((q) => q.articleId === "russia-recognizes-taliban-historic-shift"),
    ).toEqual([]);
  });
});
