import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pino } from "pino";
import type * as Fs from "node:fs";
import type * as FsPromises from "node:fs/promises";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Config } from "../../src/config.js";

/** Every folder listed, synchronously or not, by path. */
const listed: string[] = [];
vi.mock("node:fs", async (original) => {
  const fs = await original<typeof Fs>();
  const readdirSync = (folder: unknown, ...rest: unknown[]) => {
    listed.push(String(folder));
    return (fs.readdirSync as (...args: unknown[]) => unknown)(folder, ...rest);
  };
  return { ...fs, default: { ...fs, readdirSync }, readdirSync };
});
vi.mock("node:fs/promises", async (original) => {
  const fs = await original<typeof FsPromises>();
  const readdir = (folder: unknown, ...rest: unknown[]) => {
    listed.push(String(folder));
    return (fs.readdir as (...args: unknown[]) => unknown)(folder, ...rest);
  };
  return { ...fs, default: { ...fs, readdir }, readdir };
});

const { buildKnowledge } = await import("../../src/knowledge/buildKnowledge.js");
const { liveKnowledge } = await import("../../src/knowledge/liveKnowledge.js");

const BUSY_TOWN = path.join(import.meta.dirname, "../fixtures/busy-town");
let work: string | undefined;
afterEach(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe("following the corpus folder", () => {
  it("lists the folder once per settled change: the watch follows the folders the reload's scan listed", async () => {
    work = await mkdtemp(path.join(tmpdir(), "newsdesk-listing-"));
    const corpusDir = path.join(work, "corpus");
    await cp(BUSY_TOWN, corpusDir, { recursive: true });
    const config = { corpusDir, cacheDir: null } as Config;
    const start = await buildKnowledge(corpusDir);
    const live = await liveKnowledge({ config, logger: pino({ level: "silent" }) }, start, {
      snapshotQuietMs: 60_000,
    });
    try {
      await live.settled();
      listed.length = 0;
      await writeFile(path.join(corpusDir, "zoo.md"), "---\ntitle: Zoo Opens\n---\nIt opened.\n");
      const deadline = Date.now() + 5_000;
      while (!live.current().articles.has("zoo") && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
      await live.settled();
      expect(live.current().articles.has("zoo")).toBe(true);
      expect(listed.filter((folder) => folder === corpusDir)).toHaveLength(1);
    } finally {
      live.close();
    }
  });
});
