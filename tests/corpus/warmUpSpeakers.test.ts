import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { buildKnowledge } from "../../src/knowledge/buildKnowledge.js";
import { KnowledgeStore } from "../../src/knowledge/knowledgeStore.js";
import { extractQuotes } from "../../src/quotes/extractQuotes.js";
import type * as ExtractQuotes from "../../src/quotes/extractQuotes.js";

// extractQuotes as it is, counted: the warm-up must not extract again what the directory did.
vi.mock("../../src/quotes/extractQuotes.js", async (original) => {
  const real = await original<typeof ExtractQuotes>();
  return { ...real, extractQuotes: vi.fn(real.extractQuotes) };
});

const BUSY_TOWN = path.join(import.meta.dirname, "../fixtures/busy-town");
let directory: string;
let store: KnowledgeStore | undefined;

beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), "newsdesk-warm-"));
  await cp(BUSY_TOWN, directory, { recursive: true });
  await writeFile(
    path.join(directory, "mayor.md"),
    "---\ntitle: Mayor Speaks\npublished: 2024-11-02\n---\n" +
      "Mayor Anna Weber said: “The bridge will reopen in May.”\n",
  );
});
afterEach(async () => {
  store?.close();
  await rm(directory, { recursive: true, force: true });
});

describe("KnowledgeStore.warmUp", () => {
  it("takes each article's speakers from the directory already extracted, not extracting again", async () => {
    const knowledge = await buildKnowledge(directory);
    expect(knowledge.speakersByArticle()).toBeUndefined();
    knowledge.speakers();
    expect(knowledge.speakersByArticle()?.size).toBe(knowledge.articles.size);
    store = await KnowledgeStore.open(directory, knowledge);
    vi.mocked(extractQuotes).mockClear();
    await store.warmUp();
    expect(extractQuotes).not.toHaveBeenCalled();
    // The sightings it took serve a reload: the mayor's quote is still in the directory.
    await writeFile(path.join(directory, "note.md"), "---\ntitle: Note\n---\nA quiet day.\n");
    await store.reload();
    const mayor = store
      .current()
      .speakers()
      .entries.find((e) => e.name === "Anna Weber");
    expect(mayor?.quotes.map((q) => q.text)).toEqual(["The bridge will reopen in May."]);
  });

  it("extracts each article's speakers itself when the directory was not built", async () => {
    const knowledge = await buildKnowledge(directory);
    store = await KnowledgeStore.open(directory, knowledge);
    vi.mocked(extractQuotes).mockClear();
    await store.warmUp();
    expect(extractQuotes).toHaveBeenCalledTimes(knowledge.articles.size);
  });
});
