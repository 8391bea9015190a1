import { cp, mkdtemp, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { buildKnowledge } from "../../src/knowledge/buildKnowledge.js";
import type { Knowledge } from "../../src/knowledge/knowledge.js";
import { KnowledgeStore } from "../../src/knowledge/knowledgeStore.js";

const BUSY_TOWN = path.join(import.meta.dirname, "../fixtures/busy-town");
const FERRY = path.join(import.meta.dirname, "../fixtures/syndicated/wire/ferry-strike.md");

/** Questions on the articles kept, changed, added and removed below. */
const QUESTIONS = [
  "When did the harvest start?",
  "Who said the rain saved the crop?",
  "When did the zoo open?",
  "Who is the union's regional organiser?",
  "How much is the town budget?",
  "What did Ann Ober say?",
];

let dir: string;
let corpus: string;
let cache: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "newsdesk-snapshot-reload-"));
  corpus = path.join(dir, "corpus");
  cache = path.join(dir, "cache");
  await cp(BUSY_TOWN, corpus, { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const article = (title: string, body: string): string =>
  `---\ntitle: ${title}\npublished: 2024-11-02\n---\n${body}\n`;

/** What a reader can tell apart: the articles, every answer, the timeline and the speakers. */
function seen(knowledge: Knowledge) {
  return {
    articles: [...knowledge.articles.keys()],
    passages: knowledge.passages.map((p) => `${p.articleId} ${p.paragraph}: ${p.text}`),
    duplicates: knowledge.report.duplicates,
    cleaning: knowledge.report.cleaning,
    answers: QUESTIONS.map((q) => {
      const a = ask(knowledge, q);
      return { q, abstained: a.abstained, short: a.short, answer: a.answer, cited: a.citations };
    }),
    timeline: knowledge.timeline(),
    speakers: knowledge.speakers().entries,
  };
}

describe("knowledge loaded from a snapshot, then reloaded live", () => {
  it.each([
    ["before the warm-up", false],
    ["after the warm-up", true],
  ])("serves what a fresh build of the changed corpus serves (reload %s)", async (_, warm) => {
    await buildKnowledge(corpus, { cacheDir: cache });
    const loaded = await buildKnowledge(corpus, { cacheDir: cache });
    expect(loaded.build.source).toBe("snapshot");
    const store = await KnowledgeStore.open(corpus, loaded, undefined, loaded.build.scan);
    try {
      if (warm) await store.warmUp();
      await writeFile(
        path.join(corpus, "zoo.md"),
        article(
          "Zoo Opens",
          "Mayor Ann Ober said: “The zoo opened on 1 November 2024.”\n\nIt has 40 animals.",
        ),
      );
      await writeFile(
        path.join(corpus, "farm.md"),
        article(
          "Harvest Comes Late",
          "The harvest started on 20 September 2024 in the valley.\nJohn Smith said: “The rain in August nearly ruined the crop.”",
        ),
      );
      await cp(FERRY, path.join(corpus, "ferry.md"));
      await cp(FERRY, path.join(corpus, "ferry-copy.md"));
      await unlink(path.join(corpus, "budget.md"));
      expect(await store.reload()).toMatchObject({
        added: ["ferry-copy.md", "ferry.md", "zoo.md"],
        changed: ["farm.md"],
        removed: ["budget.md"],
      });
      const fresh = await buildKnowledge(corpus);
      expect(seen(store.current())).toEqual(seen(fresh));
    } finally {
      store.close();
    }
  });
});
