import { cp, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { buildKnowledge, prepareSnapshot } from "../../src/buildKnowledge.js";

const SEEDS = path.join(import.meta.dirname, "../../corpus");
let dir: string;
let corpus: string;
let cache: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "newsdesk-snapshot-"));
  corpus = path.join(dir, "corpus");
  cache = path.join(dir, "cache");
  await cp(SEEDS, corpus, { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the persisted index", () => {
  it("is written after a build and loaded on the next start, with the same answers", async () => {
    const built = await buildKnowledge(corpus, { cacheDir: cache });
    expect(built.build.source).toBe("built");
    expect(built.build.snapshot?.bytes).toBeGreaterThan(1000);
    const loaded = await buildKnowledge(corpus, { cacheDir: cache });
    expect(loaded.build.source).toBe("snapshot");
    const question = "When did Russia take the Taliban off its list of terrorist organizations?";
    expect(ask(loaded, question)).toEqual(ask(built, question));
    expect(loaded.report).toEqual(built.report);
  });

  it("is prepared for shards once: built when missing, then left alone, then built for a change", async () => {
    const first = await prepareSnapshot(corpus, cache);
    expect(first?.build.source).toBe("built");
    expect(await prepareSnapshot(corpus, cache)).toBeNull();
    expect((await buildKnowledge(corpus, { cacheDir: cache })).build.source).toBe("snapshot");
    const [name] = await readdir(corpus);
    await writeFile(path.join(corpus, name!), "---\ntitle: Changed\n---\nA new body.\n");
    expect((await prepareSnapshot(corpus, cache))?.build.source).toBe("built");
  });

  it("is rebuilt when an article changes, and the old snapshot is removed", async () => {
    await buildKnowledge(corpus, { cacheDir: cache });
    await writeFile(
      path.join(corpus, "new.md"),
      "---\ntitle: Budget Vote\n---\nThe council passed the budget.\n",
    );
    const again = await buildKnowledge(corpus, { cacheDir: cache });
    expect(again.build.source).toBe("built");
    expect(again.articles.has("new")).toBe(true);
    const files = (await readdir(cache)).sort();
    expect(files).toHaveLength(2);
    expect(files[1]!.replace(".json", ".extras.json")).toBe(files[0]);
  });

  it("is rebuilt when the snapshot file is damaged", async () => {
    await buildKnowledge(corpus, { cacheDir: cache });
    const file = (await readdir(cache)).find((f) => !f.includes(".extras."));
    await writeFile(path.join(cache, file!), "{ not json");
    expect((await buildKnowledge(corpus, { cacheDir: cache })).build.source).toBe("built");
  });

  it("is rebuilt on request", async () => {
    await buildKnowledge(corpus, { cacheDir: cache });
    expect((await buildKnowledge(corpus, { cacheDir: cache, rebuild: true })).build.source).toBe(
      "built",
    );
  });
  it("is skipped with a warning when the cache folder cannot be written, and answers from memory", async () => {
    await writeFile(path.join(dir, "a-file"), "not a folder");
    const knowledge = await buildKnowledge(corpus, { cacheDir: path.join(dir, "a-file", "cache") });
    expect(knowledge.build).toMatchObject({
      source: "built",
      snapshot: null,
      warning: expect.stringMatching(/^INDEX_CACHE_DIR: cannot write/u),
    });
    expect(ask(knowledge, "Who is Russia's ambassador to Afghanistan?").abstained).toBe(false);
  });

  it("keeps the timeline and the speakers, so a start from it extracts nothing again", async () => {
    const built = await buildKnowledge(corpus, { cacheDir: cache });
    const loaded = await buildKnowledge(corpus, { cacheDir: cache });
    expect(loaded.timeline()).toEqual(built.timeline());
    expect(loaded.speakers().entries).toEqual(built.speakers().entries);
    expect(loaded.speakers().byId.get(built.speakers().entries[0]!.id)).toBeDefined();
  });
});
