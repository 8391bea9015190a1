import { readdirSync, watch, type FSWatcher } from "node:fs";
import path from "node:path";
import { isReadName } from "./load.js";

/** Quiet time after the last change before a reload: an editor's save is several events. */
export const SETTLE_MS = 250;

/** A running watch; `close` stops it. */
export interface CorpusWatch {
  close(): void;
}

/**
 * Calls `onSettled` once the corpus folder has been quiet for `settleMs` after a change
 * anywhere in it. The callback finds out what changed itself (see `scanCorpus`), so a missed or
 * merged event loses nothing. `onError` hears of a watch that cannot start or stops working.
 *
 * Each folder is watched, not each file: a folder's watch hears every file in it by name,
 * whatever file now has that name. Node's recursive watch follows files one by one on Linux
 * and loses one that an editor saved by renaming a new copy over it (`sed -i`, vim): later
 * edits of it went unseen until another file changed. Folders made later are watched from the
 * next settled change on (the reload that change causes reads their files already).
 */
export function watchCorpus(
  directory: string,
  onSettled: () => void,
  onError: (error: Error) => void,
  settleMs = SETTLE_MS,
): CorpusWatch {
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const settled = (): void => {
    if (closed) return;
    try {
      followFolders();
    } catch (error) {
      // The corpus folder itself is gone or unreadable: say so, and still let the reload
      // report what it finds.
      onError(error instanceof Error ? error : new Error(String(error)));
    }
    onSettled();
  };
  const changed = (): void => {
    clearTimeout(timer);
    timer = setTimeout(settled, settleMs);
  };
  /** Watches every folder the loader reads that is not watched yet, and lets gone ones go. */
  const followFolders = (): void => {
    const folders = new Set(articleFolders(directory));
    for (const [folder, watcher] of watchers) {
      if (folders.has(folder)) continue;
      watcher.close();
      watchers.delete(folder);
    }
    for (const folder of folders) {
      if (watchers.has(folder)) continue;
      try {
        const watcher = watch(folder, { persistent: false }, changed);
        // A sub-folder's watch ends with an error when the folder is removed: the next settled
        // change lets it go. Only the corpus folder's own failure stops the watch.
        watcher.on("error", (error) => (folder === directory ? onError(error) : changed()));
        watchers.set(folder, watcher);
      } catch (error) {
        if (folder === directory) throw error;
      }
    }
  };
  try {
    followFolders();
  } catch (error) {
    for (const watcher of watchers.values()) watcher.close();
    onError(error instanceof Error ? error : new Error(String(error)));
    return { close: () => undefined };
  }
  return {
    close: () => {
      closed = true;
      clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

/**
 * The corpus folder and every folder under it the loader reads (see `isReadName`; not links),
 * found now. A folder that cannot be read is left out until it can.
 */
function articleFolders(directory: string): string[] {
  const folders = [directory];
  for (let i = 0; i < folders.length; i++) {
    let entries;
    try {
      entries = readdirSync(folders[i]!, { withFileTypes: true });
    } catch (error) {
      if (i === 0) throw error;
      continue;
    }
    for (const entry of entries) {
      if (!entry.isDirectory() || !isReadName(entry.name)) continue;
      folders.push(path.join(folders[i]!, entry.name));
    }
  }
  return folders;
}
