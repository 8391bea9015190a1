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
