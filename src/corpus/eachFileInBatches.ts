import type { ListedFile } from "./openCorpusFolder.js";

/** Files read between two turns of the event loop. */
const READ_BATCH = 64;

/**
 * `work` over every file, results in order, the event loop getting a turn after every
 * {@link READ_BATCH} files. `work` is synchronous (files are read and stat'ed synchronously,
 * see `readArticleFile`: a thread-pool round trip per call cost more than the call), so a
 * scan of a large corpus would otherwise hold a running bot for its whole length.
 */
export async function eachFileInBatches<T>(
  files: readonly ListedFile[],
  work: (file: ListedFile) => T,
): Promise<T[]> {
  const done: T[] = [];
  for (let i = 0; i < files.length; i++) {
    if (i > 0 && i % READ_BATCH === 0) await new Promise((resolve) => setImmediate(resolve));
    done.push(work(files[i]!));
  }
  return done;
}
