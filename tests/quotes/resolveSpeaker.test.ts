import { describe, expect, it } from "vitest";
import { resolveSpeaker } from "../../src/quotes/resolveSpeaker.js";
import { buildSpeakerDirectory } from "../../src/quotes/buildSpeakerDirectory.js";
import { extractQuotes } from "../../src/quotes/extractQuotes.js";
import { articleFrom } from "./articleFrom.js";
import { directory } from "./speakerFixtures.js";

describe("resolveSpeaker", () => {
  it.each([
    ["Muttaqi", "Amir Khan Muttaqi"],
    ["muttaqi", "Amir Khan Muttaqi"],
    ["Amir", "Amir Khan Muttaqi"],
    ["Minister Muttaqi", "Amir Khan Muttaqi"],
    ["Amir Khan Muttaqi", "Amir Khan Muttaqi"],
    ["the Russian Foreign Ministry", "Russian Ministry of Foreign Affairs"],
    ["Russia’s Ministry of Foreign Affairs", "Russian Ministry of Foreign Affairs"],
    ["Russian Ministry of Foreign Affairs", "Russian Ministry of Foreign Affairs"],
  ])("resolves %j to %s", (query, name) => {
    const found = resolveSpeaker(directory(), query);
    expect(found.kind).toBe("match");
    if (found.kind === "match") expect(found.speaker.name).toBe(name);
  });

  it("says a known person has no quotes, and where they are mentioned", () => {
    const found = resolveSpeaker(directory(), "Zhirnov");
    expect(found).toMatchObject({
      kind: "unquoted",
      speaker: { name: "Dmitry Zhirnov" },
      mentions: [{ articleId: "kabul", paragraph: 1 }],
    });
  });

  it("asks which when a name fits two people", () => {
    const found = resolveSpeaker(directory(), "John Smith");
    expect(found.kind).toBe("ambiguous");
    if (found.kind === "ambiguous")
      expect(found.candidates.map((c) => c.role).sort()).toEqual([
        "a football coach in Leeds",
        "a senator from Ohio",
      ]);
  });

  it("takes the one quoted namesake when the others are only mentioned", () => {
    const articles = [
      articleFrom("mayor", "Anna Berg, the mayor, said: “The bridge opens in May.”"),
      articleFrom("skier", "Anna Berg, a skier from Oslo, won the race on Sunday."),
    ];
    const found = resolveSpeaker(
      buildSpeakerDirectory(articles, articles.flatMap(extractQuotes)),
      "Anna Berg",
    );
    expect(found).toMatchObject({
      kind: "match",
      query: "Anna Berg",
      speaker: { role: "the mayor" },
    });
  });

  it("resolves a namesake by the id its autocomplete choice sends", () => {
    const ohio = directory().entries.find((e) => e.role === "a senator from Ohio");
    const found = resolveSpeaker(directory(), ohio?.id ?? "");
    expect(found).toMatchObject({ kind: "match", speaker: { role: "a senator from Ohio" } });
  });

  it("suggests the closest names for a misspelt one instead of guessing", () => {
    const found = resolveSpeaker(directory(), "Mutaqi");
    expect(found.kind).toBe("unknown");
    if (found.kind === "unknown") expect(found.suggestions[0]?.name).toBe("Amir Khan Muttaqi");
  });

  it("suggests nothing for a name like no one's", () => {
    expect(resolveSpeaker(directory(), "Xerxes Quorn")).toEqual({
      kind: "unknown",
      query: "Xerxes Quorn",
      suggestions: [],
    });
  });

  it("filters the quotes by the words of `about`", () => {
    const about = (words: string) => {
      const found = resolveSpeaker(directory(), "Muttaqi", { about: words });
      return found.kind === "match" ? found.quotes.map((q) => q.text) : [];
    };
    expect(about("countries")).toEqual(["This bold move sets an example for other countries."]);
    expect(about("historic advancements")).toEqual(["a realistic and historic advancement"]);
    expect(about("recognize")).toEqual([]);
    expect(about("taxes")).toEqual([]);
    expect(about("the")).toHaveLength(2);
  });
});
