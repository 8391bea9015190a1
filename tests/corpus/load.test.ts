import { cp, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eachFileInBatches } from "../../src/corpus/eachFileInBatches.js";
import { loadCorpus } from "../../src/corpus/load.js";
import type { ListedFile } from "../../src/corpus/openCorpusFolder.js";

const FIXTURE = path.join(import.meta.dirname, "../fixtures/mixed-corpus");
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "newsdesk-corpus-"));
  await cp(FIXTURE, dir, { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("loadCorpus", () => {
  it("loads the good articles, sub-folders included, and skips the rest with reasons", async () => {
    await writeFile(
      path.join(dir, "latin1.txt"),
      Buffer.from([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0xa3, 0x35]),
    );
    await symlink(path.join(dir, "missing-target.md"), path.join(dir, "broken.md"));
    await writeFile(
      path.join(dir, "README.TXT"),
      "About this collection\n\nNotes, not an article.",
    );
    await writeFile(path.join(dir, "LICENSE.md"), "MIT License\n\nPermission is hereby granted.");
    const corpus = await loadCorpus(dir);
    expect(corpus.articles.map((a) => a.id).sort()).toEqual([
      "extra-key",
      "good",
      "plain",
      "sub/nested",
    ]);
    const reasons = Object.fromEntries(corpus.problems.map((p) => [p.path, p.reason]));
    expect(reasons).toEqual({
      "bad-date.md": "front matter: published must be a date written YYYY-MM-DD",
      "bad-yaml.md": expect.stringMatching(/^front matter is not valid YAML/u),
      "broken.md": "cannot read file (ENOENT)",
      "empty-body.md": "body is empty",
      "good.txt": 'duplicate id "good" (already loaded from good.md)',
      "latin1.txt": "file is not valid UTF-8",
      "no-title.md": expect.stringMatching(/^front matter: title /u),
      "unclosed.md": "front matter starts with --- but has no closing --- line",
    });
  });

  it("reads front matter into metadata", async () => {
    const good = (await loadCorpus(dir)).articles.find((a) => a.id === "good");
    expect(good).toMatchObject({
      title: "Good Article",
      published: "2024-05-01",
      source: "Example Times",
      url: "https://example.com/good",
      path: "good.md",
    });
  });

  it("takes a plain text file's title from its first line", async () => {
    const plain = (await loadCorpus(dir)).articles.find((a) => a.id === "plain");
    expect(plain).toMatchObject({ title: "Plain Title Line", published: null });
    expect(plain?.paragraphs.map((p) => p.text)).toEqual(["The plain text article has a body."]);
  });

  it("warns about unknown front matter keys but loads the article", async () => {
    const corpus = await loadCorpus(dir);
    expect(corpus.warnings).toEqual([
      { path: "extra-key.md", reason: 'unknown front matter key "author" ignored' },
    ]);
  });

  it("fails only when the folder itself cannot be read", async () => {
    await expect(loadCorpus(path.join(dir, "nope"))).rejects.toThrow(/ENOENT/u);
  });
});

describe("eachFileInBatches", () => {
  it("does its synchronous work in order, giving the event loop a turn after every 64 files", async () => {
    const files: ListedFile[] = Array.from({ length: 130 }, (_, i) => ({
      file: `/c/${i}.md`,
      relative: `${i}.md`,
      real: null,
    }));
    const seen: string[] = [];
    // Something else waiting on the event loop: it notes each turn it gets.
    let turns: NodeJS.Immediate | undefined;
    const other = (): void => {
      seen.push("turn");
      turns = setImmediate(other);
    };
    turns = setImmediate(other);
    const done = await eachFileInBatches(files, (f) => {
      seen.push(f.relative);
      return f.relative.length;
    }).finally(() => clearImmediate(turns));
    expect(done).toEqual(files.map((f) => f.relative.length));
    const between = (i: number) =>
      seen.slice(seen.indexOf(`${i - 1}.md`) + 1, seen.indexOf(`${i}.md`));
    expect(between(64)).toContain("turn");
    expect(between(128)).toContain("turn");
    expect(between(63)).toEqual([]);
  });
});
