import { describe, expect, it } from "vitest";
import { PassageIndex } from "../../src/search/passageIndex.js";
import { literalKnowledge } from "../support/literalKnowledge.js";

const knowledge = literalKnowledge([
  {
    id: "budget",
    title: "Council Budget",
    body: "The council approved the budget on Monday.\nParks will get new benches.",
  },
  {
    id: "flood",
    title: "River Flood",
    body: "The river flooded the old town.\nResidents recognized the danger early.",
  },
]);

describe("PassageIndex", () => {
  it("finds passages by stemmed words, best first", () => {
    const hits = knowledge.index.search("approving budgets");
    expect(hits[0]?.passage.articleId).toBe("budget");
  });

  it("matches a word's family: recognition finds recognized", () => {
    const hits = knowledge.index.search("recognition");
    expect(hits.map((h) => h.passage.id)).toContain("flood#2.1");
  });

  it("ignores stop words: a question of only stop words finds nothing", () => {
    expect(knowledge.index.search("what is the")).toEqual([]);
  });

  it("indexes every passage once", () => {
    expect(knowledge.index.size).toBe(knowledge.passages.length);
  });

  it("searches the same after a round trip through its stored form", () => {
    const stored = JSON.parse(JSON.stringify(knowledge.index.toJSON())) as ReturnType<
      PassageIndex["toJSON"]
    >;
    const loaded = PassageIndex.load(stored, knowledge.passages);
    expect(loaded.size).toBe(knowledge.index.size);
    for (const query of ["approving budgets", "recognition", "river town", "benches monday"])
      expect(loaded.search(query)).toEqual(knowledge.index.search(query));
    expect(loaded.candidates(["flood", "council"], ["recogn"], 5)).toEqual(
      knowledge.index.candidates(["flood", "council"], ["recogn"], 5),
    );
  });
});

describe("PassageIndex.candidates with phrases", () => {
  const story = "Tony Blair spoke about Iraq on Monday.";
  const corpus = literalKnowledge([
    { id: "iraq", title: "Iraq Talks", body: story },
    { id: "iraq-copy", title: "Iraq Talks", body: story },
    { id: "leeds", title: "Blair Visit", body: "Tony Blair visited Leeds." },
  ]);
  const idOf = (articleId: string): string =>
    corpus.passages.find((p) => p.articleId === articleId)!.id;
  const title = (p: { readonly articleId: string }): string =>
    corpus.articles.get(p.articleId)!.title;
  const tonyBlair = {
    words: ["tony", "blair"] as const,
    passages: new Map([
      [idOf("iraq-copy"), 9],
      [idOf("leeds"), 8],
      [idOf("iraq"), 7],
    ]),
    sentences: 3,
  };

  it("adds a phrase's passages on top of the terms' pool, and a copy already taken not again", () => {
    const found = corpus.index.candidates(["iraq"], [], 5, title, [tonyBlair]);
    expect(found.map((p) => p.articleId)).toEqual(["iraq", "leeds"]);
  });
});
