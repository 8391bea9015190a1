import { describe, expect, it } from "vitest";
import { buildSpeakerDirectory, compareNames } from "../../src/quotes/buildSpeakerDirectory.js";
import { extractQuotes } from "../../src/quotes/extractQuotes.js";
import { articleFrom } from "./articleFrom.js";
import { directory } from "./speakerFixtures.js";

function entry(name: string) {
  const found = directory().entries.filter((e) => e.name === name);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe("buildSpeakerDirectory", () => {
  it("gives a person one canonical full name with surname and title aliases", () => {
    const muttaqi = entry("Amir Khan Muttaqi");
    expect(muttaqi.kind).toBe("person");
    expect(muttaqi.aliases).toEqual(expect.arrayContaining(["Muttaqi", "Minister Muttaqi"]));
    expect(muttaqi.role).toBe("Afghanistan’s Acting Foreign Minister");
    expect(muttaqi.quotes.map((q) => [q.text, q.partial])).toEqual([
      ["This bold move sets an example for other countries.", false],
      ["a realistic and historic advancement", true],
    ]);
  });

  it("gathers the variants of an organisation's name under one entry", () => {
    const ministry = entry("Russian Ministry of Foreign Affairs");
    expect(ministry.kind).toBe("organisation");
    expect(ministry.aliases).toEqual(
      expect.arrayContaining(["Russia’s Ministry of Foreign Affairs", "Russian Foreign Ministry"]),
    );
  });

  it("keeps one entry for a quote carried by several articles, with every source", () => {
    const ministry = entry("Russian Ministry of Foreign Affairs");
    expect(ministry.quotes).toHaveLength(1);
    expect(ministry.quotes[0]?.sources.map((s) => [s.articleId, s.paragraph, s.offset])).toEqual([
      ["kabul", 4, 0],
      ["moscow", 1, 0],
    ]);
  });

  it("tracks people who are named but never quoted, with where they are named", () => {
    const zhirnov = entry("Dmitry Zhirnov");
    expect(zhirnov.quotes).toEqual([]);
    expect(zhirnov.mentions).toEqual([{ articleId: "kabul", paragraph: 1, offset: 0 }]);
    expect(zhirnov.role).toBe("Russian Ambassador");
  });

  it("keeps apart two people who share a name but not a role", () => {
    const smiths = directory().entries.filter((e) => e.name === "John Smith");
    expect(smiths.map((s) => s.role).sort()).toEqual([
      "a football coach in Leeds",
      "a senator from Ohio",
    ]);
    expect(new Set(smiths.map((s) => s.id)).size).toBe(2);
  });

  it("joins an honour with a given name, and a given name alone, to the full name in the article", () => {
    const articles = [
      articleFrom(
        "cbi",
        "Sir Rupert Vane, the CBI director general, warned the chancellor. " +
          `Sir Rupert added: "Please do not give it away." Rupert said: "Stay prudent."`,
      ),
      articleFrom(
        "sec",
        `"This signifies a change of heart," CBI director-general Sir Rupert Vane told the BBC.`,
      ),
      articleFrom("profile", "Rupert Vane grew up in Leeds."),
    ];
    const { entries } = buildSpeakerDirectory(articles, articles.flatMap(extractQuotes));
    const vanes = entries.filter((e) => /Rupert|Vane/u.test(e.name));
    expect(vanes.map((e) => e.name)).toEqual(["Sir Rupert Vane"]);
    expect(vanes[0]?.quotes.map((q) => q.text).sort()).toEqual([
      "Please do not give it away.",
      "Stay prudent.",
      "This signifies a change of heart",
    ]);
    expect(vanes[0]?.mentions.map((m) => m.articleId)).toContain("profile");
  });

  it("lists the most-quoted first", () => {
    expect(directory().entries[0]?.name).toBe("Amir Khan Muttaqi");
  });

  it("does not list countries as organisations", () => {
    expect(directory().entries.map((e) => e.name)).not.toContain("Russia");
  });
});

describe("compareNames", () => {
  it("orders names as the collator does, case and spaces included", () => {
    const names = [
      "McDonald",
      "Mcdonald",
      "mcdonald",
      "MacDonald",
      "Mac Donald",
      "Mac donald",
      "Abc",
      "Ab c",
      "ab",
      "AB",
      "Ab",
      "aB",
      "Zoe Ball",
      "Zoë Ball",
      "Émile Zola",
      "Emile Zola",
      "O'Neill",
      "ONeill",
      "Al-Assad",
      "Al Assad",
      "Tony Blair",
      "Tony Blairs",
      "Tony  Blair",
    ];
    const collator = new Intl.Collator().compare;
    expect([...names].sort(compareNames)).toEqual([...names].sort(collator));
    for (const a of names)
      for (const b of names) expect(Math.sign(compareNames(a, b))).toBe(Math.sign(collator(a, b)));
  });
});
