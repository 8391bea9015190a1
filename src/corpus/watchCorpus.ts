import { watch, type FSWatcher } from "node:fs";

/** Quiet time after the last change before a reload: an editor's save is several events. */
export const SETTLE_MS = 250;

/** A running watch: `follow` sets the folders it watches, `close` stops it. */
export interface CorpusWatch {
  follow(folders: readonly string[]): void;
  close(): void;
}

/**
 * Calls `onSettled` once the corpus folder has been quiet for `settleMs` after a change in any
 * of the folders it follows. The callback finds out what changed itself (see `scanCorpus`), so
 * a missed or merged event loses nothing; and since that scan lists the folders anyway, the
 * watch does not list them again: the caller hands it the scan's folders with `follow` (the
 * corpus folder and the folders under it that the loader reads). `onError` hears of a watch
 * that cannot start or stops working.
 *
 * Each folder is watched, not each file: a folder's watch hears every file in it by name,
 * whatever file now has that name. Node's recursive watch follows files one by one on Linux
 * and loses one that an editor saved by renaming a new copy over it (`sed -i`, vim): later
 * edits of it went unseen until another file changed. A folder made later is followed once the
 * scan its creation causes has listed it; following it counts as a change, since files copied
 * into it while that scan ran were heard by no watch.
 */
export function watchCorpus(
  directory: string,
  folders: readonly string[],
  onSettled: () => void,
  onError: (error: Error) => void,
  settleMs = SETTLE_MS,
): CorpusWatch {
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const changed = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!closed) onSettled();
    }, settleMs);
  };
  let first = true;
  /** Watches every folder of `folders` not watched yet, and lets the others go. */
  const follow = (folders: readonly string[]): void => {
    if (closed) return;
    const initial = first;
    first = false;
    const wanted = new Set([directory, ...folders]);
    for (const [folder, watcher] of watchers) {
      if (wanted.has(folder)) continue;
      watcher.close();
      watchers.delete(folder);
    }
    for (const folder of wanted) {
      if (watchers.has(folder)) continue;
      try {
        const watcher = watch(folder, { persistent: false }, changed);
        // A sub-folder's watch ends with an error when the folder is removed: the next settled
        // change lets it go. Only the corpus folder's own failure stops the watch.
        watcher.on("error", (error) => (folder === directory ? onError(error) : changed()));
        watchers.set(folder, watcher);
        // A folder new since the first call may have taken files before its watch began.
        if (!initial) changed();
      } catch (error) {
        if (folder === directory)
          onError(error instanceof Error ? error : new Error(String(error)));
      }
    }
  };
  follow(folders);
  return {
    follow,
    close: () => {
      closed = true;
      clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
