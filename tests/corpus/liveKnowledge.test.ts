import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { buildKnowledge } from "../../src/knowledge/buildKnowledge.js";
import type { Config } from "../../src/config.js";
import { STAMPS_FILE } from "../../src/corpus/corpusStamps.js";
import type { Knowledge } from "../../src/knowledge/knowledge.js";
import {
  liveKnowledge,
  reloadLine,
  type LiveKnowledge,
} from "../../src/knowledge/liveKnowledge.js";

const BUSY_TOWN = path.join(import.meta.dirname, "../fixtures/busy-town");
let work: string | undefined;
afterEach(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const addZoo = (corpusDir: string): Promise<void> =>
  writeFile(
    path.join(corpusDir, "zoo.md"),
    "---\ntitle: Zoo Opens\npublished: 2024-11-02\n---\nThe new zoo opened its gates.\n",
  );

/** Adds an article to the corpus and waits (up to 5 s) for `live` to serve new knowledge. */
async function addZooAndWait(corpusDir: string, live: LiveKnowledge, start: Knowledge) {
  await addZoo(corpusDir);
  const deadline = Date.now() + 5_000;
  while (live.current() === start && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 20));
}

describe("liveKnowledge", () => {
  it("follows a write to the folder, says so once, and leaves a snapshot of what it serves once the folder is quiet", async () => {
    work = await mkdtemp(path.join(tmpdir(), "newsdesk-live-"));
    const corpusDir = path.join(work, "corpus");
    const cacheDir = path.join(work, "cache");
    await cp(BUSY_TOWN, corpusDir, { recursive: true });
    const config = { corpusDir, cacheDir } as Config;
    const lines: string[] = [];
    const logger = pino({ level: "silent" });
    const start = await buildKnowledge(corpusDir, { cacheDir });
    const snapshots = async () => (await readdir(cacheDir)).sort();
    const before = await snapshots();
    const live = await liveKnowledge({ config, logger }, start, {
      notify: (l) => lines.push(l),
      snapshotQuietMs: 1_500,
    });
    try {
      await addZooAndWait(corpusDir, live, start);
      // Served at once; the snapshot (the whole index, serialised) waits for a quiet folder.
      expect(live.current().articles.has("zoo")).toBe(true);
      await new Promise((r) => setTimeout(r, 300));
      expect(await snapshots()).toEqual(before);
      await live.settled();
      expect(await snapshots()).not.toEqual(before);
      expect(live.current().articles.has("zoo")).toBe(true);
      expect(lines).toEqual([
        expect.stringMatching(
          /^corpus reloaded: 1 added, 0 changed, 0 removed, 0 skipped in \d+ ms; serving 4 articles$/u,
        ),
      ]);
      const restarted = await buildKnowledge(corpusDir, { cacheDir });
      expect(restarted.build.source).toBe("snapshot");
      expect(restarted.articles.has("zoo")).toBe(true);
    } finally {
      live.close();
    }
  });
});

describe("liveKnowledge's notice", () => {
  it("leaves the reload's line to a log at info, so it is told once", async () => {
    work = await mkdtemp(path.join(tmpdir(), "newsdesk-live-"));
    const corpusDir = path.join(work, "corpus");
    await cp(BUSY_TOWN, corpusDir, { recursive: true });
    const config = { corpusDir } as Config;
    const notices: string[] = [];
    const logged: string[] = [];
    const logger = pino({ level: "info" }, { write: (l: string) => void logged.push(l) });
    const start = await buildKnowledge(corpusDir);
    const live = await liveKnowledge({ config, logger }, start, {
      notify: (l) => notices.push(l),
    });
    try {
      await addZooAndWait(corpusDir, live, start);
      expect(live.current().articles.has("zoo")).toBe(true);
      expect(notices).toEqual([]);
      expect(logged.filter((l) => l.includes("corpus reloaded: 1 added"))).toHaveLength(1);
    } finally {
      live.close();
    }
  });
});

describe("liveKnowledge's snapshot", () => {
  it("writes the snapshot without a warning when only the stamps cannot be kept", async () => {
    work = await mkdtemp(path.join(tmpdir(), "newsdesk-live-"));
    const corpusDir = path.join(work, "corpus");
    const cacheDir = path.join(work, "cache");
    await cp(BUSY_TOWN, corpusDir, { recursive: true });
    // A folder where the stamps file belongs: the stamps cannot be written, the snapshot can.
    await mkdir(path.join(cacheDir, STAMPS_FILE), { recursive: true });
    const warnings: string[] = [];
    const logger = pino({ level: "warn" }, { write: (line: string) => warnings.push(line) });
    const config = { corpusDir, cacheDir } as Config;
    const start = await buildKnowledge(corpusDir, { cacheDir });
    const snapshots = async () =>
      (await readdir(cacheDir)).filter((f) => f.startsWith("newsdesk-")).sort();
    const before = await snapshots();
    const live = await liveKnowledge({ config, logger }, start, { snapshotQuietMs: 100 });
    try {
      await addZooAndWait(corpusDir, live, start);
      await live.settled();
      expect(await snapshots()).not.toEqual(before);
      expect(warnings).toEqual([]);
    } finally {
      live.close();
    }
  });
});

describe("liveKnowledge after a start", () => {
  it("serves a change made while the knowledge was loading, before the watch began", async () => {
    work = await mkdtemp(path.join(tmpdir(), "newsdesk-live-"));
    const corpusDir = path.join(work, "corpus");
    await cp(BUSY_TOWN, corpusDir, { recursive: true });
    const config = { corpusDir, cacheDir: null } as Config;
    const start = await buildKnowledge(corpusDir);
    // Written after the corpus was read and before the watch starts: no event will tell of it.
    await addZoo(corpusDir);
    const live = await liveKnowledge({ config, logger: pino({ level: "silent" }) }, start);
    try {
      await live.settled();
      expect(live.current().articles.has("zoo")).toBe(true);
    } finally {
      live.close();
    }
  });
});

describe("the reload line", () => {
  it("names an added file left out as a copy of one already served", () => {
    const line = reloadLine({
      added: ["zz2.txt"],
      changed: [],
      removed: [],
      skipped: [],
      copies: [
        {
          id: "zz2",
          path: "zz2.txt",
          keptId: "460",
          keptPath: "business/460.txt",
          similarity: 1,
          containment: 1,
          why: "first in name order",
        },
      ],
      articles: 2064,
      duplicates: 162,
      ms: 7409,
    });
    expect(line).toBe(
      "corpus reloaded: 1 added, 0 changed, 0 removed, 0 skipped in 7409 ms; serving 2064 articles (zz2.txt is a copy of business/460.txt, left out)",
    );
  });
});
