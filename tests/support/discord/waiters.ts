interface Waiter<T> {
  readonly predicate: (item: T) => boolean;
  readonly resolve: (item: T) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

/** A list that tests can wait on: `waitFor` resolves with the first item (past or future) that matches. */
export class WaitableLog<T> {
  readonly #items: T[] = [];
  readonly #waiters = new Set<Waiter<T>>();

  /** Everything recorded so far, oldest first. */
  get items(): readonly T[] {
    return this.#items;
  }

  /** Records an item and wakes the waiters it satisfies. */
  push(item: T): void {
    this.#items.push(item);
    for (const waiter of this.#waiters) {
      if (!waiter.predicate(item)) continue;
      this.#waiters.delete(waiter);
      clearTimeout(waiter.timer);
      waiter.resolve(item);
    }
  }

  /**
   * The first item matching `predicate`, already recorded or still to come; rejects after
   * `timeoutMs` with `what` in the message. Items recorded before `fromIndex` are not considered.
   */
  waitFor(
    predicate: (item: T) => boolean,
    timeoutMs: number,
    what: string,
    fromIndex = 0,
  ): Promise<T> {
    const found = this.#items.slice(fromIndex).find(predicate);
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        reject(new Error(`discord stand-in: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const waiter: Waiter<T> = { predicate, resolve, reject, timer };
      this.#waiters.add(waiter);
    });
  }

  /** Rejects every pending waiter (the stand-in is closing) so no timer outlives it. */
  cancelWaiters(reason: string): void {
    for (const waiter of this.#waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error(`discord stand-in: ${reason}`));
    }
    this.#waiters.clear();
  }
}
