import { cp, mkdtemp, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { buildKnowledge } from "../../src/knowledge/buildKnowledge.js";
import { readStamps, writeStamps } from "../../src/corpus/corpusStamps.js";
import { KnowledgeStore } from "../../src/knowledge/knowledgeStore.js";

const BUSY_TOWN = path.join(import.meta.dirname, "../fixtures/busy-town");
const FERRY = path.join(import.meta.dirname, "../fixtures/syndicated/wire/ferry-strike.md");

let directory: string;
let store: KnowledgeStore;

const article = (title: string, body: string): string =>
  `---\ntitle: ${title}\npublished: 2024-11-02\n---\n${body}\n`;

/** Writes a file with a stamp the next scan sees as new, even within one clock tick. */
async function write(file: string, text: string): Promise<void> {
  await writeFile(path.join(directory, file), text);
}

beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), "newsdesk-store-"));
  await cp(BUSY_TOWN, directory, { recursive: true });
  store = await KnowledgeStore.open(directory, await buildKnowledge(directory));
});
afterEach(async () => {
  store.close();
  await rm(directory, { recursive: true, force: true });
});

describe("KnowledgeStore", () => {
  it("serves an added article after a reload and reports what it did", async () => {
    await write(
      "zoo.md",
      article("Zoo Opens", "The new zoo in Elmford opened its gates to 4,000 visitors."),
    );
    const report = await store.reload();
    expect(report).toMatchObject({ added: ["zoo.md"], changed: [], removed: [], skipped: [] });
    const answer = ask(store.current(), "How many visitors came to the new zoo?");
    expect(answer.answer).toContain("4,000 visitors");
    expect(await store.reload()).toBeNull();
  });

  it("names a served file that an added one now holds in full, as a copy left out", async () => {
    const zoo = [
      "The new zoo in Elmford opened its gates to 4,000 visitors on its first weekend.",
      "Keepers said the two red pandas, on loan from a park in Kent, drew the longest queues.",
      "The council hopes the zoo will bring 60,000 visitors a year to the town centre.",
    ];
    await write("zoo.md", article("Zoo Opens", zoo.join("\n\n")));
    expect(await store.reload()).toMatchObject({ added: ["zoo.md"], copies: [] });
    const longer = [...zoo, "A second phase, with a reptile house, is planned for 2026."];
    await write("zoo-wire.md", article("Elmford zoo opens its gates", longer.join("\n\n")));
    const report = await store.reload();
    expect(report).toMatchObject({ added: ["zoo-wire.md"] });
    expect(report?.copies.map((d) => [d.path, d.keptPath])).toEqual([["zoo.md", "zoo-wire.md"]]);
  });

  it("serves a changed article's new text, and none of the old", async () => {
    await write(
      "zoo.md",
      article("Zoo Opens", "The new zoo in Elmford opened its gates to 4,000 visitors."),
    );
    await store.reload();
    await write(
      "zoo.md",
      article("Zoo Opens", "The new zoo in Elmford opened its gates to 9,500 visitors."),
    );
    expect(await store.reload()).toMatchObject({ changed: ["zoo.md"] });
    const knowledge = store.current();
    expect(ask(knowledge, "How many visitors came to the new zoo?").answer).toContain("9,500");
    expect(knowledge.passages.some((p) => p.text.includes("4,000"))).toBe(false);
    expect(knowledge.passages.map((p) => p.order)).toEqual(knowledge.passages.map((_, i) => i));
    expect(knowledge.stats.count("4,000")).toBe(0);
  });

  it("keeps a file's last good version when an edit breaks it, and says so", async () => {
    await write(
      "zoo.md",
      article("Zoo Opens", "The new zoo in Elmford opened its gates to 4,000 visitors."),
    );
    await store.reload();
    await write("zoo.md", "---\ntitle: [unclosed\n---\nThe zoo closed.\n");
    await write("new.md", "---\ntitle: [unclosed\n---\nA bad new file.\n");
    const report = await store.reload();
    expect(report?.skipped).toEqual([
      { path: "new.md", reason: expect.not.stringMatching(/last good version/u) },
      { path: "zoo.md", reason: expect.stringMatching(/serving its last good version/u) },
    ]);
    // Neither is counted as added or changed: the log line's counts add up.
    expect(report).toMatchObject({ added: [], changed: [] });
    expect(ask(store.current(), "How many visitors came to the new zoo?").answer).toContain(
      "4,000",
    );
    expect(store.current().report.problems.map((p) => p.path)).toEqual(["new.md", "zoo.md"]);
  });

  it("does not count a deleted file that was never served (skipped as malformed) as removed", async () => {
    await write("broken.md", "---\ntitle: [unclosed\n---\nBody.\n");
    expect((await store.reload())?.skipped.map((s) => s.path)).toEqual(["broken.md"]);
    await unlink(path.join(directory, "broken.md"));
    const report = await store.reload();
    expect(report).toMatchObject({ added: [], changed: [], removed: [], skipped: [] });
    expect(store.current().report.problems).toEqual([]);
  });

  it("stops serving a removed article", async () => {
    await unlink(path.join(directory, "farm.md"));
    expect(await store.reload()).toMatchObject({ removed: ["farm.md"] });
    const knowledge = store.current();
    expect(knowledge.articles.has("farm")).toBe(false);
    expect(ask(knowledge, "When did the harvest start?").abstained).toBe(true);
    expect(knowledge.speakers().entries.flatMap((e) => e.quotes.map((q) => q.text))).not.toContain(
      "The rain in August saved the whole crop.",
    );
  });

  it("reports a file deleted while the knowledge was built as removed at the first reload", async () => {
    store.close();
    const built = await buildKnowledge(directory);
    await unlink(path.join(directory, "farm.md"));
    store = await KnowledgeStore.open(directory, built, undefined, built.build?.scan);
    expect(await store.reload()).toMatchObject({ removed: ["farm.md"] });
    expect(store.current().articles.has("farm")).toBe(false);
  });

  it("keeps no stamp of a file read just after it changed, however much later a reload runs", async () => {
    // Every file was copied just before the store read it; a reload a minute on reads none again.
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.now() + 60_000);
      expect(await store.reload()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
    const cache = await mkdtemp(path.join(tmpdir(), "newsdesk-store-cache-"));
    try {
      await writeStamps(cache, directory, store.stamps().files);
      expect((await readStamps(cache, directory)).size).toBe(0);
    } finally {
      await rm(cache, { recursive: true, force: true });
    }
  });

  it("leaves out an added copy of a story, and serves it once the kept copy goes", async () => {
    await cp(FERRY, path.join(directory, "ferry.md"));
    await store.reload();
    await cp(FERRY, path.join(directory, "ferry-copy.md"));
    expect(await store.reload()).toMatchObject({
      added: ["ferry-copy.md"],
      copies: [{ path: "ferry-copy.md", keptPath: "ferry.md" }],
      duplicates: 1,
    });
    expect(store.current().articles.has("ferry-copy")).toBe(false);
    await unlink(path.join(directory, "ferry.md"));
    await store.reload();
    const knowledge = store.current();
    expect(knowledge.articles.has("ferry-copy")).toBe(true);
    expect(knowledge.report.duplicates).toEqual([]);
    expect(ask(knowledge, "Who is the union's regional organiser?").answer).toContain("Maria Lund");
  });

  it("retires the old knowledge's index, so nothing can answer from a mix", async () => {
    const before = store.current();
    await write("zoo.md", article("Zoo Opens", "The new zoo in Elmford opened its gates."));
    await store.reload();
    expect(() => ask(before, "When did the zoo open?")).toThrow(/replaced by a corpus reload/u);
  });

  it("after warm-up, redoes only the timeline dates and speakers a change touches, as a fresh build would", async () => {
    await store.warmUp();
    const served = async () => {
      const fresh = await buildKnowledge(directory);
      expect(store.current().timeline()).toEqual(fresh.timeline());
      expect(store.current().speakers()).toEqual(fresh.speakers());
    };
    const before = store.current().timeline();
    await write(
      "zoo.md",
      article(
        "Zoo Opens",
        "Mayor Ann Ober said: “The zoo opened on 1 November 2024.”\n\nThe farm's harvest began in August 2024.",
      ),
    );
    await store.reload();
    await served();
    // Entries of dates the change did not touch are the very same objects as before.
    const untouched = before.filter((e) => !e.date.startsWith("2024"));
    expect(untouched.every((e) => store.current().timeline().includes(e))).toBe(true);
    await cp(FERRY, path.join(directory, "ferry.md"));
    await write("zoo.md", article("Zoo Opens", "Ann Ober said: “It rained in August 2024.”"));
    await store.reload();
    await served();
    await unlink(path.join(directory, "farm.md"));
    await unlink(path.join(directory, "zoo.md"));
    await store.reload();
    await served();
  });
});
