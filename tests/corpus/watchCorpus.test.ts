import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openCorpusFolder } from "../../src/corpus/openCorpusFolder.js";
import { watchCorpus, type CorpusWatch } from "../../src/corpus/watchCorpus.js";

const SETTLE = 50;
let dir: string | undefined;
let watch: CorpusWatch | undefined;
afterEach(async () => {
  watch?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/**
 * Watches `dir` as the bot does, counting settled changes: each settled change lists the
 * folder (as the reload's scan does) and the watch follows the folders listed. A watch error
 * fails the test.
 */
function watching(folder: string): { readonly settled: number } {
  const seen = { settled: 0 };
  watch = watchCorpus(
    folder,
    openCorpusFolder(folder).folders,
    () => {
      seen.settled++;
      watch?.follow(openCorpusFolder(folder).folders);
    },
    (error) => {
      throw error;
    },
    SETTLE,
  );
  return seen;
}

const after = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await after(20);
}

describe("watchCorpus", () => {
  it("hears an edit to a file that an editor replaced by renaming a new copy over it", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "newsdesk-watch-"));
    await mkdir(path.join(dir, "business"));
    const file = path.join(dir, "business", "story.txt");
    await writeFile(file, "Title\n\nFirst body.\n");
    const seen = watching(dir);
    // sed -i, vim and many editors save by writing a new file and renaming it over the old one.
    await writeFile(`${file}.tmp`, "Title\n\nSecond body.\n");
    await rename(`${file}.tmp`, file);
    await until(() => seen.settled >= 1);
    expect(seen.settled).toBe(1);
    // Then a plain in-place write to the file that now has that name.
    await writeFile(file, "Title\n\nThird body.\n");
    await until(() => seen.settled >= 2);
    expect(seen.settled).toBe(2);
  });

  it("hears files in a folder made after the watch began", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "newsdesk-watch-"));
    const seen = watching(dir);
    await mkdir(path.join(dir, "tech"));
    await until(() => seen.settled >= 1);
    await after(SETTLE * 3);
    const before = seen.settled;
    await writeFile(path.join(dir, "tech", "new.txt"), "Title\n\nBody.\n");
    await until(() => seen.settled > before);
    expect(seen.settled).toBeGreaterThan(before);
  });

  it("hears files copied into a new folder before the watch followed it", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "newsdesk-watch-"));
    const folder = dir;
    const seen = { settled: 0 };
    // The reload's scan is simulated by hand: the folder and its file arrive before it follows.
    watch = watchCorpus(
      folder,
      openCorpusFolder(folder).folders,
      () => seen.settled++,
      (error) => {
        throw error;
      },
      SETTLE,
    );
    await mkdir(path.join(dir, "tech"));
    await writeFile(path.join(dir, "tech", "new.txt"), "Title\n\nBody.\n");
    await until(() => seen.settled >= 1);
    await after(SETTLE * 3);
    expect(seen.settled).toBe(1);
    watch.follow(openCorpusFolder(folder).folders);
    await until(() => seen.settled >= 2);
    expect(seen.settled).toBe(2);
  });
});
