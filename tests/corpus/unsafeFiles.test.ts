import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";

let root: string;
let corpus: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "newsdesk-unsafe-"));
  corpus = path.join(root, "corpus");
  await mkdir(path.join(corpus, "sub"), { recursive: true });
  await writeFile(path.join(corpus, "good.txt"), "Good title\n\nA body about the harbour.\n");
  await writeFile(path.join(root, "secret.txt"), "root:x:0:0:root:/root:/bin/bash\n\nmore\n");
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function reasons(loaded: Awaited<ReturnType<typeof loadCorpus>>): Record<string, string> {
  return Object.fromEntries(loaded.problems.map((p) => [p.path, p.reason]));
}

describe("corpus files that are not plain articles", () => {
  it("does not follow a link that leaves the corpus folder, but follows one inside it", async () => {
    await symlink(path.join(root, "secret.txt"), path.join(corpus, "x.txt"));
    await symlink(path.join(corpus, "good.txt"), path.join(corpus, "sub", "again.txt"));
    const loaded = await loadCorpus(corpus);
    expect(reasons(loaded)).toEqual({
      "x.txt": "links outside the corpus folder are not followed",
    });
    expect(loaded.articles.map((a) => a.id).sort()).toEqual(["good", "sub/again"]);
    expect(JSON.stringify(loaded.articles)).not.toContain("root:x:0:0");
  });

  it("skips a named pipe instead of waiting on it forever", { timeout: 10_000 }, async () => {
    execFileSync("mkfifo", [path.join(corpus, "pipe.md")]);
    await symlink(path.join(corpus, "pipe.md"), path.join(corpus, "link.md"));
    const loaded = await loadCorpus(corpus);
    expect(reasons(loaded)).toEqual({
      "link.md": "not a regular file (a named pipe)",
      "pipe.md": "not a regular file (a named pipe)",
    });
    expect(loaded.articles.map((a) => a.id)).toEqual(["good"]);
  });

  it("skips a file over the size limit, saying how big it is and which key raises the limit", async () => {
    await writeFile(path.join(corpus, "huge.txt"), `Huge\n\n${"word ".repeat(3_000)}\n`);
    const loaded = await loadCorpus(corpus, { maxFileBytes: 10 * 1024 });
    expect(reasons(loaded)).toEqual({
      "huge.txt": "file is 15 KB, over the 10 KB limit (raise MAX_ARTICLE_KB to load it)",
    });
    expect((await loadCorpus(corpus, { maxFileBytes: 20 * 1024 })).problems).toEqual([]);
  });
});
