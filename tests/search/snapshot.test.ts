import { createHash } from "node:crypto";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { deserialize, serialize } from "node:v8";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { buildKnowledge, prepareSnapshot } from "../../src/knowledge/buildKnowledge.js";

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
    // The words the corpus writes as names, which abstention reads, survive the snapshot.
    expect(loaded.stats.nameLike("taliban")).toBe(true);
    expect(loaded.stats.toJSON()).toEqual(built.stats.toJSON());
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
    const files = (await readdir(cache)).filter((f) => f.startsWith("newsdesk-"));
    expect(files).toHaveLength(2);
    // The main file and its extras, in whichever order their names sort.
    const main = files.find((f) => !f.endsWith(".extras.v8"));
    expect(main?.replace(/\.[0-9a-f]+\.v8$/u, ".extras.v8")).toBe(files.find((f) => f !== main));
  });

  it("is rebuilt when the snapshot file is damaged", async () => {
    await buildKnowledge(corpus, { cacheDir: cache });
    const file = (await readdir(cache)).find(
      (f) => f.startsWith("newsdesk-") && !f.includes(".extras."),
    );
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

describe("a snapshot that cannot be trusted", () => {
  const mainFile = async () =>
    (await readdir(cache)).find((f) => f.startsWith("newsdesk-") && !f.includes(".extras."))!;
  const checksum = (data: Buffer) => createHash("sha256").update(data).digest("hex").slice(0, 16);
  /** Replaces the main file by `edit` of its data, named with its true checksum (a deliberate edit). */
  const rewrite = async (edit: (json: Record<string, unknown>) => void) => {
    const name = await mainFile();
    const json = deserialize(await readFile(path.join(cache, name))) as Record<string, unknown>;
    edit(json);
    const data = serialize(json);
    await rm(path.join(cache, name));
    await writeFile(
      path.join(cache, name.replace(/[0-9a-f]+\.v8$/u, `${checksum(data)}.v8`)),
      data,
    );
  };

  it("is rebuilt, and said so, when its text was edited (its checksum no longer matches)", async () => {
    await buildKnowledge(corpus, { cacheDir: cache });
    const name = await mainFile();
    const data = await readFile(path.join(cache, name));
    const at = data.indexOf("Taliban");
    expect(at).toBeGreaterThan(0);
    await writeFile(
      path.join(cache, name),
      Buffer.concat([data.subarray(0, at), Buffer.from("Tolibon"), data.subarray(at + 7)]),
    );
    const warnings: string[] = [];
    const again = await buildKnowledge(corpus, { cacheDir: cache, warn: (w) => warnings.push(w) });
    expect(again.build.source).toBe("built");
    expect(JSON.stringify([...again.articles.values()])).not.toContain("Tolibon");
    expect(warnings).toEqual([expect.stringMatching(/does not match its checksum/u)]);
    expect((await readFile(path.join(cache, await mainFile()))).equals(data)).toBe(true);
  });

  it.each([
    ["the index is null", (json: Record<string, unknown>) => (json["index"] = null)],
    ["the statistics are null", (json: Record<string, unknown>) => (json["stats"] = null)],
    ["the corpus is a string", (json: Record<string, unknown>) => (json["corpus"] = "x")],
    ["it is of another format", (json: Record<string, unknown>) => (json["format"] = 1)],
    [
      "a sentence ends past its paragraph",
      (json: Record<string, unknown>) => {
        const corpus = json["corpus"] as { articles: Array<{ paragraphs: unknown[] }> };
        corpus.articles[0]!.paragraphs[0] = { number: 1, text: "Short.", sentences: [[0, 99]] };
      },
    ],
    [
      "a term's postings are a number",
      (json: Record<string, unknown>) => {
        const index = json["index"] as { terms: Array<[string, unknown]> };
        index.terms[0]![1] = 7;
      },
    ],
    [
      "a term statistic lacks its count",
      (json: Record<string, unknown>) => {
        const stats = json["stats"] as { terms: unknown[][] };
        stats.terms[0] = ["taliban"];
      },
    ],
  ])(
    "is rebuilt, not crashed on, when it is valid JSON of the wrong shape: %s",
    async (_, edit) => {
      await buildKnowledge(corpus, { cacheDir: cache });
      await rewrite(edit);
      const warnings: string[] = [];
      const again = await buildKnowledge(corpus, {
        cacheDir: cache,
        warn: (w) => warnings.push(w),
      });
      expect(again.build.source).toBe("built");
      expect(warnings).toEqual([expect.stringMatching(/has the wrong shape/u)]);
      expect(ask(again, "Who recognised the Taliban government?").abstained).toBe(false);
      // The bad file is gone, so the next start loads the fresh one.
      expect((await buildKnowledge(corpus, { cacheDir: cache })).build.source).toBe("snapshot");
    },
  );

  it.each([
    [
      "its kept terms miss a passage",
      (json: Record<string, unknown>) => (json["passageTerms"] as unknown[]).pop(),
    ],
    [
      "a posting is not a number",
      (json: Record<string, unknown>) => {
        const index = json["index"] as { terms: Array<[string, string]> };
        index.terms[0]![1] = "0 x 1";
      },
    ],
  ])("is rebuilt, and said so, when its parts disagree: %s", async (_, edit) => {
    await buildKnowledge(corpus, { cacheDir: cache });
    await rewrite(edit);
    const warnings: string[] = [];
    const again = await buildKnowledge(corpus, { cacheDir: cache, warn: (w) => warnings.push(w) });
    expect(again.build.source).toBe("built");
    expect(warnings).toEqual([expect.stringMatching(/could not be loaded .*; rebuilding it/u)]);
    expect(ask(again, "Who recognised the Taliban government?").abstained).toBe(false);
  });

  it("extracts the events and speakers again when the extras file is {}", async () => {
    const built = await buildKnowledge(corpus, { cacheDir: cache });
    const extras = (await readdir(cache)).find((f) => f.includes(".extras."))!;
    await writeFile(path.join(cache, extras), "{}");
    const warnings: string[] = [];
    const loaded = await buildKnowledge(corpus, { cacheDir: cache, warn: (w) => warnings.push(w) });
    expect(loaded.build.source).toBe("snapshot");
    expect(loaded.timeline()).toEqual(built.timeline());
    expect(loaded.speakers().entries).toEqual(built.speakers().entries);
    expect(warnings).toEqual([expect.stringMatching(/extras .* do not match their checksum/u)]);
  });
});
