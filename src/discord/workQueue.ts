/** The longest rest between two jobs. */
const MAX_REST_MS = 100;

/**
 * The bot's CPU work, one job at a time in arrival order, each in its own turn of the event
 * loop, with a rest after each. Between two jobs Node reads the gateway and REST sockets and fires
 * timers, so a burst of slow work can no longer hold back the acknowledgements of the
 * interactions behind it (see `acknowledge.ts`), and the length of the queue says how far
 * behind the bot is.
 */
export class WorkQueue {
  readonly #jobs: Array<() => void> = [];
  #running = false;
  /** Recent time per job (ms), smoothed: the estimate of how long the queue takes. */
  #jobMs = 2;

  /** Jobs waiting, not counting the one running. */
  get length(): number {
    return this.#jobs.length;
  }

  /** About how long a job queued now waits before it runs, in milliseconds. */
  estimatedWaitMs(): number {
    // Each job is followed by a rest as long as itself (see #next).
    return this.#jobs.length * this.#jobMs * 2;
  }

  /** Runs `work` in its turn; resolves with its result (or rejects with its error). */
  run<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#jobs.push(() => {
        const start = performance.now();
        try {
          resolve(work());
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        } finally {
          this.#jobMs = 0.8 * this.#jobMs + 0.2 * (performance.now() - start);
        }
      });
      this.#next();
    });
  }

  #next(rest = 0): void {
    if (this.#running || this.#jobs.length === 0) return;
    this.#running = true;
    // Never a microtask: the event loop polls its sockets and timers between jobs. After a job
    // the queue rests as long as the job took, so however long the queue, at least half of the
    // main thread is left to discord.js for acknowledging and sending (a CPU-bound queue would
    // otherwise starve the very requests that tell users their answer is coming).
    setTimeout(() => {
      const start = performance.now();
      this.#jobs.shift()?.();
      this.#running = false;
      this.#next(Math.min(MAX_REST_MS, performance.now() - start));
    }, rest);
  }
}
