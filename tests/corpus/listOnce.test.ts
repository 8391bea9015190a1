import { cp, mkdtemp, rm, unlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type * as OpenCorpusFolder from "../../src/corpus/openCorpusFolder.js";
import type * as Snapshot from "../../src/search/snapshot.js";

/** How many times the corpus folder was listed, and the snapshot key hashed. */
const calls = { listings: 0, keys: 0 };
vi.mock("../../src/corpus/openCorpusFolder.js", async (original) => {
  const module = await original<typeof OpenCorpusFolder>();
  return {
    ...module,
    openCorpusFolder: (directory: string) => {
      calls.listings++;
      return module.openCorpusFolder(directory);
    },
  };
});
vi.mock("../../src/search/snapshot.js", async (original) => {
  const module = await original<typeof Snapshot>();
  return {
    ...module,
    snapshotKey: (...args: Parameters<typeof module.snapshotKey>) => {
      calls.keys++;
      return module.snapshotKey(...args);
    },
  };
});

const { ask } = await import("../../src/answer/ask.js");
const { buildKnowledge } = await import("../../src/knowledge/buildKnowledge.js");
const { KnowledgeStore } = await import("../../src/knowledge/knowledgeStore.js");

const BUSY_TOWN = path.join(import.meta.dirname, "../fixtures/busy-town");
const FERRY = path.join(import.meta.dirname, "../fixtures/syndicated/wire/ferry-strike.md");
let dir: string;
let corpus: string;
let cache: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "newsdesk-list-once-"));
  corpus = path.join(dir, "corpus");
  cache = path.join(dir, "cache");
  await cp(BUSY_TOWN, corpus, { recursive: true });
  // The same story twice: ferry.md is kept (first by id), ferry-copy.md left out.
  await cp(FERRY, path.join(corpus, "ferry.md"));
  await cp(FERRY, path.join(corpus, "ferry-copy.md"));
  calls.listings = calls.keys = 0;
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(dir, { recursive: true, force: true });
});

/** A start as the bot makes it: the knowledge loaded or built, then the store that follows it. */
async function start() {
  const knowledge = await buildKnowledge(corpus, { cacheDir: cache });
  const store = await KnowledgeStore.open(corpus, knowledge, undefined, knowledge.build.scan);
  return { knowledge, store };
}

describe("a start", () => {
  it("without a snapshot lists the corpus folder once and hashes the snapshot key once", async () => {
    const { knowledge, store } = await start();
    store.close();
    expect(knowledge.build.source).toBe("built");
    expect(knowledge.build.snapshot).not.toBeNull();
    expect(calls).toEqual({ listings: 1, keys: 1 });
  });

  it("from a snapshot lists the corpus folder once, and the store still holds the copy left out", async () => {
    // Stamps are kept only for files that were quiet well before they were read: read "later".
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 60_000);
    (await start()).store.close();
    calls.listings = calls.keys = 0;
    const { knowledge, store } = await start();
    try {
      expect(knowledge.build.source).toBe("snapshot");
      expect(calls).toEqual({ listings: 1, keys: 1 });
      // The copy was known by its stamp alone: the store read it, so it is served once its
      // kept article goes.
      expect(knowledge.report.duplicates.map((d) => d.path)).toEqual(["ferry-copy.md"]);
      await unlink(path.join(corpus, "ferry.md"));
      expect(await store.reload()).toMatchObject({ removed: ["ferry.md"] });
      expect(store.current().articles.has("ferry-copy")).toBe(true);
      const answer = ask(store.current(), "Who is the union's regional organiser?").answer;
      expect(answer).toContain("Maria Lund");
    } finally {
      store.close();
    }
  });
});
