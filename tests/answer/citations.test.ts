import { describe, expect, it } from "vitest";
import { CitationList } from "../../src/answer/citations.js";
import { literalKnowledge } from "../support/literalKnowledge.js";

// A paragraph long enough to be cut into several passages.
const sentences = Array.from(
  { length: 12 },
  (_, i) =>
    `Sentence number ${i + 1} of the long report says the harbour bridge council met again to talk about steel, cost and timing.`,
);
const knowledge = literalKnowledge([
  { id: "long", title: "Bridge Report", body: `${sentences.join(" ")}\nA short second paragraph.` },
]);

describe("CitationList", () => {
  it("cites two passages of one paragraph once, showing the whole paragraph", () => {
    const passages = knowledge.paragraphPassages("long", 1);
    expect(passages.length).toBeGreaterThan(1);
    const list = new CitationList((id) => knowledge.articles.get(id));
    const first = list.cite(passages[0]!);
    const again = list.cite(passages[1]!);
    const other = list.cite(knowledge.paragraphPassages("long", 2)[0]!);
    expect([first, again, other]).toEqual([1, 1, 2]);
    const cited = list.list();
    expect(cited.map((c) => c.paragraph)).toEqual([1, 2]);
    expect(cited[0]!.passage).toBe(knowledge.articles.get("long")!.paragraphs[0]!.text);
  });

  it("shows the passage itself when only one passage of its paragraph is cited", () => {
    const passage = knowledge.paragraphPassages("long", 1)[0]!;
    const list = new CitationList((id) => knowledge.articles.get(id));
    list.cite(passage);
    list.cite(passage);
    expect(list.list().map((c) => c.passage)).toEqual([passage.text]);
  });
});
