/** Discord never delivers an interaction later than this after it was created. */
const REMEMBER_MS = 15 * 60 * 1000;
/** Most ids kept; far more than a shard receives in {@link REMEMBER_MS}, and a few MB at most. */
const LIMIT = 100_000;

/**
 * Interaction ids already handled. After a gateway RESUME, Discord replays the events the
 * session missed, and an interaction can arrive twice; answering it twice would post two
 * replies (or fail the second with "already acknowledged"). Ids are kept in arrival order, so
 * the oldest go first, by age or by the size limit.
 */
export class SeenInteractions {
  readonly #seen = new Map<string, number>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly limit = LIMIT,
  ) {}

  /** True the first time `id` is offered, false every later time. */
  firstTime(id: string): boolean {
    if (this.#seen.has(id)) return false;
    const now = this.now();
    for (const [old, at] of this.#seen) {
      if (now - at < REMEMBER_MS && this.#seen.size < this.limit) break;
      this.#seen.delete(old);
    }
    this.#seen.set(id, now);
    return true;
  }
}
