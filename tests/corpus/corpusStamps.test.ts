import { cp, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildKnowledge } from "../../src/knowledge/buildKnowledge.js";
import { readStamps, STAMPS_FILE, writeStamps } from "../../src/corpus/corpusStamps.js";
import { scanCorpus, type ScannedFile } from "../../src/corpus/scanCorpus.js";

const SEEDS = path.join(import.meta.dirname, "../../corpus");
const BUDGET = "---\ntitle: Budget Vote\n---\nThe council passed the budget on Monday.\n";

let dir: string;
let corpus: string;
let cache: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "newsdesk-stamps-"));
  corpus = path.join(dir, "corpus");
  cache = path.join(dir, "cache");
  await cp(SEEDS, corpus, { recursive: true });
  await writeFile(path.join(corpus, "budget.md"), BUDGET);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * A snapshot of the corpus as it is, with stamps the next start trusts: files written by the
 * test are seconds old at most, so their stamps are kept as if the scan came a minute later.
 */
async function snapshotWithTrustedStamps(): Promise<void> {
  // Whole seconds, so that a test can set a file's modification time back exactly.
  const past = new Date("2024-01-01T00:00:00Z");
  for (const name of await readdir(corpus)) await utimes(path.join(corpus, name), past, past);
  await buildKnowledge(corpus, { cacheDir: cache });
  const { files } = await scanCorpus(corpus, new Map());
  await writeStamps(cache, corpus, readLater(files, 60_000));
}

/** `files` as if each had been read `ms` later: the test's fresh files pass the racy guard. */
const readLater = (files: ReadonlyMap<string, ScannedFile>, ms: number) =>
  new Map([...files].map(([p, s]) => [p, { ...s, readAt: s.readAt + ms }]));

/** Which files a start from the cache folder read (the others it knew by their stamp). */
async function start() {
  const knowledge = await buildKnowledge(corpus, { cacheDir: cache });
  const read = [...knowledge.build.scan.files].filter(([, s]) => s.file !== null).map(([p]) => p);
  return { knowledge, read };
}

const budgetText = (k: Awaited<ReturnType<typeof start>>["knowledge"]) =>
  k.articles
    .get("budget")
    ?.paragraphs.map((p) => p.text)
    .join(" ");

describe("starting from the snapshot with the corpus's stamps", () => {
  it("reads no file whose stamp is unchanged", async () => {
    await snapshotWithTrustedStamps();
    const { knowledge, read } = await start();
    expect(knowledge.build.source).toBe("snapshot");
    expect(read).toEqual([]);
    expect(budgetText(knowledge)).toContain("on Monday");
  });

  it("refuses the stale snapshot when a file changed with the same size and a new modification time", async () => {
    await snapshotWithTrustedStamps();
    const file = path.join(corpus, "budget.md");
    const edited = BUDGET.replace("Monday", "Friday");
    expect(edited.length).toBe(BUDGET.length);
    await writeFile(file, edited);
    const later = new Date(Date.now() + 5_000);
    await utimes(file, later, later);
    const { knowledge } = await start();
    expect(knowledge.build.source).toBe("built");
    expect(budgetText(knowledge)).toContain("on Friday");
  });

  it("refuses the stale snapshot when a file changed size but kept its modification time", async () => {
    await snapshotWithTrustedStamps();
    const file = path.join(corpus, "budget.md");
    const { atime, mtime } = await stat(file);
    await writeFile(file, BUDGET.replace("on Monday", "on Monday evening"));
    await utimes(file, atime, mtime);
    expect((await stat(file)).mtimeMs).toBe(mtime.getTime());
    expect(mtime.getTime()).toBe(Date.parse("2024-01-01T00:00:00Z"));
    const { knowledge } = await start();
    expect(knowledge.build.source).toBe("built");
    expect(budgetText(knowledge)).toContain("on Monday evening");
  });

  it("refuses the stale snapshot when a file kept its size and modification time (its change time moved)", async () => {
    await snapshotWithTrustedStamps();
    const file = path.join(corpus, "budget.md");
    const { atime, mtime, size } = await stat(file);
    await writeFile(file, BUDGET.replace("Monday", "Sunday"));
    await utimes(file, atime, mtime);
    expect((await stat(file)).size).toBe(size);
    const { knowledge } = await start();
    expect(knowledge.build.source).toBe("built");
    expect(budgetText(knowledge)).toContain("on Sunday");
  });

  it("does not keep the stamp of a file changed just before the scan, which could change again unseen", async () => {
    const { files } = await scanCorpus(corpus, new Map());
    await writeStamps(cache, corpus, files);
    // Every file here was written within the last seconds.
    expect((await readStamps(cache, corpus)).size).toBe(0);
    await writeStamps(cache, corpus, readLater(files, 60_000));
    expect((await readStamps(cache, corpus)).size).toBe(files.size);
  });

  it("reads every file when the stamps are of another folder or damaged", async () => {
    await snapshotWithTrustedStamps();
    expect(await readStamps(cache, path.join(dir, "elsewhere"))).toEqual(new Map());
    const text = await readFile(path.join(cache, STAMPS_FILE), "utf8");
    await writeFile(path.join(cache, STAMPS_FILE), text.replace(/"\]\]/u, '", 7]]'));
    const { knowledge, read } = await start();
    expect(knowledge.build.source).toBe("snapshot");
    expect(read).toHaveLength(3);
  });
});
