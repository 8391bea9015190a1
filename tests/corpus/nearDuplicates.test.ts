import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildKnowledge } from "../../src/knowledge/buildKnowledge.js";
import { loadCorpus } from "../../src/corpus/load.js";
import { keepDistinct } from "../../src/corpus/nearDuplicates.js";
import { renderCorpusReport } from "../../src/render/corpusReport.js";
import { BBC_NOTICE, copyBbcFiles } from "../support/bbcCopies.js";
import { literalArticles } from "../support/literalKnowledge.js";

const SYNDICATED = path.join(import.meta.dirname, "../fixtures/syndicated");

describe("near-duplicate articles", () => {
  it("keeps one copy of a syndicated story, the first published, and says why", async () => {
    const { articles } = await loadCorpus(SYNDICATED);
    const { kept, duplicates } = keepDistinct(articles);
    expect(kept.map((a) => a.id)).toEqual(["ferry-timetable", "wire/ferry-strike"]);
    expect(duplicates).toEqual([
      expect.objectContaining({
        id: "partner/ferry-crews",
        keptId: "wire/ferry-strike",
        why: "it was published first (2024-03-04)",
      }),
    ]);
    expect(duplicates[0]!.similarity).toBeGreaterThan(0.9);
  });

  it("keeps the longer text when one copy holds the other and more", () => {
    const body = [
      "The river council voted on Monday to close the old weir for repairs until the spring.",
      "Boats will pass through the new lock on the east bank while the work goes on.",
      "The engineers said the weir had been leaking since the floods of the winter before.",
    ];
    const [short, long, other] = literalArticles([
      { id: "short", title: "Weir Closes", body: body.join("\n\n") },
      {
        id: "long",
        title: "Weir Closes for Repairs",
        body: [
          ...body,
          "A public meeting on the cost will be held in the town hall next week.",
        ].join("\n\n"),
      },
      { id: "other", title: "Lock Opens", body: "The new lock on the east bank opened to boats." },
    ]);
    const { kept, duplicates } = keepDistinct([short!, long!, other!]);
    expect(kept.map((a) => a.id)).toEqual(["long", "other"]);
    expect(duplicates[0]).toMatchObject({ id: "short", keptId: "long", containment: 1 });
    expect(duplicates[0]!.why).toMatch(/^its text is longer/u);
  });

  it("serves the kept copy only: one timeline entry, and newsdesk corpus lists the copy", async () => {
    const knowledge = await buildKnowledge(SYNDICATED);
    expect([...knowledge.articles.keys()].sort()).toEqual(["ferry-timetable", "wire/ferry-strike"]);
    expect(knowledge.report.duplicates).toHaveLength(1);
    const sources = knowledge.timeline().flatMap((e) => e.sources.map((s) => s.articleId));
    expect(sources).toContain("wire/ferry-strike");
    expect(sources).not.toContain("partner/ferry-crews");
    const quoted = knowledge.speakers().entries.flatMap((e) => e.quotes);
    expect(quoted.flatMap((q) => q.sources.map((s) => s.articleId))).not.toContain(
      "partner/ferry-crews",
    );
    expect(renderCorpusReport(knowledge.report)).toContain(
      "partner/ferry-crews.md: a copy of wire/ferry-strike.md",
    );
  });

  it("finds BBC News tech/036 a copy of tech/003 and keeps tech/003", async ({ skip }) => {
    const directory = await mkdtemp(path.join(tmpdir(), "newsdesk-bbc-"));
    try {
      if (!(await copyBbcFiles(directory))) skip(BBC_NOTICE);
      const knowledge = await buildKnowledge(directory);
      expect([...knowledge.articles.keys()].sort()).toEqual(["tech/001", "tech/003"]);
      expect(knowledge.report.duplicates).toEqual([
        expect.objectContaining({ id: "tech/036", keptId: "tech/003", why: "first in name order" }),
      ]);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
