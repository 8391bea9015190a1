import { describe, expect, it } from "vitest";
import { splitPassages } from "../../src/corpus/passages.js";
import { TermStats } from "../../src/search/termStats.js";
import { literalArticles } from "../support/literalKnowledge.js";

const passagesOf = (body: string, id = "a") =>
  literalArticles([{ id, title: "Title", body }]).flatMap((a) => splitPassages(a));

describe("TermStats names", () => {
  const stats = TermStats.fromPassages(
    passagesOf(
      [
        "Profits at DoubleClick rose. Analysts said DoubleClick did well.",
        "Analysts expect more. Markets liked the profits.",
      ].join("\n"),
    ),
  );

  it("reads a word the corpus capitalises inside its sentences as a name", () => {
    expect(stats.nameLike("doubleclick")).toBe(true);
  });

  it("does not take a word capitalised only as a sentence's first word for a name", () => {
    expect(stats.nameLike("analyst")).toBe(false);
    expect(stats.nameLike("profit")).toBe(false);
  });

  it("keeps names through a snapshot and an incremental change", () => {
    expect(TermStats.fromJSON(stats.toJSON()).nameLike("doubleclick")).toBe(true);
    const removed = stats.changed(
      passagesOf(
        "Profits at DoubleClick rose. Analysts said DoubleClick did well.\nAnalysts expect more. Markets liked the profits.",
      ),
      [],
    );
    expect(removed.nameLike("doubleclick")).toBe(false);
  });
});
