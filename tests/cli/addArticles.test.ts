import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addArticles } from "../../src/cli/addArticles.js";

const BUSY_TOWN = path.join(import.meta.dirname, "../fixtures/busy-town");
const GOOD = "---\ntitle: Zoo Opens\npublished: 2024-11-02\n---\nThe new zoo opened.\n";
let work: string;
let corpus: string;

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), "newsdesk-add-"));
  corpus = path.join(work, "corpus");
  await cp(BUSY_TOWN, corpus, { recursive: true });
});
afterEach(async () => rm(work, { recursive: true, force: true }));

async function file(name: string, text: string): Promise<string> {
  await writeFile(path.join(work, name), text);
  return path.join(work, name);
}

describe("newsdesk add", () => {
  it("copies valid articles into the corpus under their names, leaving no temporary file", async () => {
    const added = await addArticles([await file("zoo.md", GOOD)], corpus);
    expect(added).toMatchObject({
      exitCode: 0,
      stdout: expect.stringMatching(/^Added 1 article to /u),
    });
    expect(await readFile(path.join(corpus, "zoo.md"), "utf8")).toBe(GOOD);
    expect((await readdir(corpus)).sort()).toEqual(["budget.md", "farm.md", "town.md", "zoo.md"]);
  });

  it("adds nothing when one file is bad, naming the file and the reason", async () => {
    const good = await file("zoo.md", GOOD);
    const bad = await file("broken.md", "---\ntitle: [unclosed\n---\nText.\n");
    const added = await addArticles([good, bad], corpus);
    expect(added.exitCode).toBe(2);
    expect(added.stderr).toContain(`newsdesk add: ${bad}: front matter is not valid YAML`);
    expect(await readdir(corpus)).not.toContain("zoo.md");
  });

  it("refuses to replace an article of the same name with other text", async () => {
    const added = await addArticles([await file("farm.md", GOOD)], corpus);
    expect(added.stderr).toContain("the corpus already has a different farm.md");
    expect(await readFile(path.join(corpus, "farm.md"), "utf8")).not.toBe(GOOD);
  });

  it("refuses a file that is not an article", async () => {
    const added = await addArticles([await file("notes.json", "{}")], corpus);
    expect(added.stderr).toContain("not an article file");
  });

  it("refuses what the loader would skip: a README, a file over the size limit", async () => {
    const readme = await addArticles([await file("README.md", GOOD)], corpus);
    expect(readme.stderr).toContain("not an article file");
    const big = await addArticles([await file("big.md", GOOD + "x".repeat(2_000))], corpus, 1_024);
    expect(big.exitCode).toBe(2);
    expect(big.stderr).toContain("big.md");
    expect(await readdir(corpus)).not.toContain("big.md");
    expect(await readdir(corpus)).not.toContain("README.md");
  });
});
