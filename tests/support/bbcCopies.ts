import { existsSync } from "node:fs";
import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";

/** BBC News as shared beside the repository (absent on machines without the data). */
export const BBC_DIR = path.join(import.meta.dirname, "../../../shared/data/bbc-news/bbc");

/** Two BBC files that are the same story word for word, and one that is not. */
export const BBC_COPIES = ["tech/003.txt", "tech/036.txt", "tech/001.txt"] as const;

/** Shown when the BBC data is absent and the tests that read it are skipped. */
export const BBC_NOTICE = `BBC News is absent (${BBC_DIR}): skipping the tests on its duplicates`;

/** Copies {@link BBC_COPIES} into `directory` (sub-folders kept); false when the data is absent. */
export async function copyBbcFiles(directory: string): Promise<boolean> {
  if (!BBC_COPIES.every((file) => existsSync(path.join(BBC_DIR, file)))) return false;
  for (const file of BBC_COPIES) {
    await mkdir(path.dirname(path.join(directory, file)), { recursive: true });
    await copyFile(path.join(BBC_DIR, file), path.join(directory, file));
  }
  return true;
}
