import { describe, expect, it } from "vitest";
import { RETRIEVAL, retrieve } from "../../src/search/retrieve.js";
import { literalKnowledge } from "../support/literalKnowledge.js";

const filler = Array.from({ length: 60 }, (_, i) => ({
  id: `council-${i}`,
  title: "Council Meeting",
  body: `The council met again on day ${i} and discussed the budget of the city.`,
}));
// One paragraph cut into two passages (581 characters, then the last sentence): the
// lighthouse is named in the first only.
const longParagraph = [
  "The old lighthouse on the point was built of granite.",
  ...Array.from(
    { length: 8 },
    (_, i) => `Visitor number ${i} admired the view of the bay from the cliff path.`,
  ),
  "The keeper retired in 1990.",
].join(" ");
const knowledge = literalKnowledge([
  { id: "mill", title: "Mill", body: "The keeper retired in 1985." },
  { id: "point", title: "Point", body: longParagraph },
  ...filler,
  {
    id: "bridge",
    title: "Bridge Vote",
    body: "The council approved the Elm bridge budget after a long debate.",
  },
  {
    id: "flood",
    title: "River News",
    body: "Residents recognized the flood danger early this spring.",
  },
  { id: "phrase", title: "Notes", body: "A city budget council was formed. The budget was cut." },
  { id: "green", title: "Notes", body: "Stalls opened on the green." },
  { id: "fair", title: "Spring Fair", body: "Stalls opened on the green." },
]);

describe("retrieve", () => {
  it("finds the passage holding the rare word even when every passage holds the common ones", () => {
    expect(
      retrieve(knowledge, "What did the council decide about the Elm bridge budget?", 3)[0]?.passage
        .articleId,
    ).toBe("bridge");
  });

  it("scores common words on the candidates: of two passages with the rare word, the one with more of the question wins", () => {
    const hits = retrieve(knowledge, "Which budget did the council approve for Elm?", 5);
    expect(hits[0]?.passage.articleId).toBe("bridge");
  });

  it("matches a word's family: recognition finds recognized", () => {
    expect(
      retrieve(knowledge, "When was there recognition of the flood danger?", 3)[0]?.passage
        .articleId,
    ).toBe("flood");
  });

  it("lifts a passage whose article title holds a question word", () => {
    const ids = retrieve(knowledge, "Where did the spring stalls open?", 5).map(
      (h) => h.passage.articleId,
    );
    expect(ids).toEqual(expect.arrayContaining(["fair", "green"]));
    expect(ids.indexOf("fair")).toBeLessThan(ids.indexOf("green"));
  });

  it("lifts a passage whose article title holds a question word no passage holds", () => {
    const titled = literalKnowledge([
      { id: "quay", title: "Notes", body: "Stalls opened on the quay." },
      { id: "carnival", title: "Carnival", body: "Stalls opened on the quay." },
    ]);
    const ids = retrieve(titled, "Where did the carnival stalls open?", 5).map(
      (h) => h.passage.articleId,
    );
    expect(ids).toEqual(["carnival", "quay"]);
  });

  it("lifts a passage whose paragraph's other passage holds a question word", () => {
    const passages = knowledge.paragraphPassages("point", 1);
    expect(passages.map((p) => p.text.length)).toEqual([581, 27]);
    const hits = retrieve(knowledge, "When did the lighthouse keeper retire?", 3);
    expect(hits[0]?.passage.id).toBe(passages[1]?.id);
  });

  it("returns nothing for words the corpus never uses", () => {
    expect(retrieve(knowledge, "zeppelin aviators", 3)).toEqual([]);
  });

  it("starts a longer list with the same passages as a shorter one", () => {
    // 25 passages outscore the lighthouse paragraph's second passage, whose context (the
    // lighthouse, in the passage before) would lift it to the top if it were read: it must be
    // read, or not, whatever the length of the list asked for.
    const crowded = literalKnowledge([
      ...Array.from({ length: 25 }, (_, i) => ({
        id: `keeper-${i}`,
        // Titles apart: copies of one passage (same text, same title) would count once.
        title: `Keepers of station ${i}`,
        body: "The keeper retired, and the keeper retired again.",
      })),
      { id: "point", title: "Point", body: longParagraph },
    ]);
    const ids = (limit: number) =>
      retrieve(crowded, "When did the lighthouse keeper retire?", limit).map((h) => h.passage.id);
    expect(ids(40)).toHaveLength(27);
    for (const limit of [1, 5, 12, 20, 26]) expect(ids(limit)).toEqual(ids(40).slice(0, limit));
  });

  it("returns at most the limit, best first", () => {
    const hits = retrieve(knowledge, "council budget city", 4);
    expect(hits).toHaveLength(4);
    for (let i = 1; i < hits.length; i++)
      expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
  });
});

describe("retrieve on a word too common to gather by", () => {
  const common = literalKnowledge([
    ...Array.from({ length: RETRIEVAL.gatherFloor + 1 }, (_, i) => ({
      id: `minutes-${i}`,
      title: "Minutes",
      body: `The council met on day ${i}.`,
    })),
    { id: "plain-bridge", title: "Bridge", body: "The bridge was approved." },
    { id: "bridge", title: "Bridge", body: "The council approved the bridge." },
  ]);

  it("finds nothing when the question has no rarer word", () => {
    expect(retrieve(common, "What did the council do?", 3)).toEqual([]);
  });

  it("still scores the common word when a rarer one gathers", () => {
    const hits = retrieve(common, "Did the council approve the bridge?", 3);
    expect(hits.map((h) => h.passage.articleId).slice(0, 2)).toEqual(["bridge", "plain-bridge"]);
  });

  it("lets any word gather in a small corpus, however common there", () => {
    const small = literalKnowledge(
      Array.from({ length: 10 }, (_, i) => ({
        id: `minutes-${i}`,
        title: "Minutes",
        body: `The council met on day ${i}.`,
      })),
    );
    expect(retrieve(small, "What did the council do?", 3)).toHaveLength(3);
  });

  it("counts a copied passage once, so copies do not crowd the answering passage out of the candidates", () => {
    // Fourteen short harbour notes, each copied ten times, outrank the longer answer on
    // "harbour", the only word rare enough to gather; all of the question's words are common.
    const copies = (id: string, title: string, body: string) =>
      Array.from({ length: 10 }, (_, c) => ({ id: `${id}~${c}`, title, body }));
    const crowded = literalKnowledge([
      ...Array.from({ length: 14 }, (_, k) =>
        copies(`note-${k}`, `Harbour ${k}`, `The harbour was busy on day ${k}.`),
      ).flat(),
      ...copies(
        "answer",
        "Harbour Works",
        "Work on the new harbour gate finally began in the spring after a long wait for money.",
      ),
      ...Array.from({ length: 200 }, (_, i) => ({
        id: `gate-${i}`,
        title: `Gate ${i}`,
        body: "Work on the garden gate began.",
      })),
    ]);
    const hits = retrieve(crowded, "When did work on the harbour gate begin?", 3);
    expect(hits[0]?.passage.articleId).toMatch(/^answer~/u);
    expect(hits.filter((h) => h.passage.articleId.startsWith("answer~"))).toHaveLength(1);
  });
});
