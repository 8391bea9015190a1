import { watch, type FSWatcher } from "node:fs";

/** Quiet time after the last change before a reload: an editor's save is several events. */
export const SETTLE_MS = 250;

/** A running watch; `close` stops it. */
export interface CorpusWatch {
  close(): void;
}

/**
 * Calls `onSettled` once the corpus folder has been quiet for `settleMs` after a change
 * anywhere in it (sub-folders included: Node's recursive watch, on Linux since Node 20). The
 * callback finds out what changed itself (see `scanCorpus`), so a missed or merged event loses
 * nothing. `onError` hears of a watch that cannot start or stops working.
 */
export function watchCorpus(
  directory: string,
  onSettled: () => void,
  onError: (error: Error) => void,
  settleMs = SETTLE_MS,
): CorpusWatch {
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher;
  try {
    watcher = watch(directory, { recursive: true, persistent: false }, () => {
      clearTimeout(timer);
      timer = setTimeout(onSettled, settleMs);
    });
  } catch (error) {
    onError(error instanceof Error ? error : new Error(String(error)));
    return { close: () => undefined };
  }
  watcher.on("error", onError);
  return {
    close: () => {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
