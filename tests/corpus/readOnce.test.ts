import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type * as ReadArticleFile from "../../src/corpus/readArticleFile.js";

/** How many times each corpus file was read, by file name. */
const reads = new Map<string, number>();
vi.mock("../../src/corpus/readArticleFile.js", async (original) => {
  const module = await original<typeof ReadArticleFile>();
  return {
    ...module,
    readArticleFile: (...args: Parameters<typeof module.readArticleFile>) => {
      const name = path.basename(args[1]);
      reads.set(name, (reads.get(name) ?? 0) + 1);
      return module.readArticleFile(...args);
    },
  };
});

const { buildKnowledge, prepareSnapshot } = await import("../../src/knowledge/buildKnowledge.js");

const BUSY_TOWN = path.join(import.meta.dirname, "../fixtures/busy-town");
let dir: string;
let corpus: string;
let cache: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "newsdesk-read-once-"));
  corpus = path.join(dir, "corpus");
  cache = path.join(dir, "cache");
  await cp(BUSY_TOWN, corpus, { recursive: true });
  reads.clear();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("a start that builds the knowledge", () => {
  it("reads each corpus file once when no snapshot exists: the build takes what the snapshot's scan read", async () => {
    const knowledge = await buildKnowledge(corpus, { cacheDir: cache });
    expect(knowledge.build.source).toBe("built");
    expect(Object.fromEntries(reads)).toEqual({ "budget.md": 1, "farm.md": 1, "town.md": 1 });
  });

  it("reads an edited file once when the snapshot no longer fits, and the others at most once", async () => {
    await buildKnowledge(corpus, { cacheDir: cache });
    await writeFile(
      path.join(corpus, "farm.md"),
      "---\ntitle: Farm Sold\n---\nThe farm was sold.\n",
    );
    reads.clear();
    const knowledge = await buildKnowledge(corpus, { cacheDir: cache });
    expect(knowledge.build.source).toBe("built");
    expect(knowledge.articles.get("farm")?.title).toBe("Farm Sold");
    expect(reads.get("farm.md")).toBe(1);
    expect(Math.max(...reads.values())).toBe(1);
  });

  it("reads each corpus file once in the shard manager's snapshot step", async () => {
    const built = await prepareSnapshot(corpus, cache);
    expect(built?.build.source).toBe("built");
    expect(Object.fromEntries(reads)).toEqual({ "budget.md": 1, "farm.md": 1, "town.md": 1 });
  });
});
