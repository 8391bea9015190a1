/**
 * A per-user cooldown between commands: protects the bot (and the channel) from one user
 * firing commands in a burst.
 */
export class Cooldown {
  readonly #last = new Map<string, number>();

  constructor(
    private readonly ms: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Records a command by `userId` and returns 0, or, when the user is still cooling down,
   * the whole seconds left (at least 1) without recording anything.
   */
  take(userId: string): number {
    if (this.ms <= 0) return 0;
    const now = this.now();
    const last = this.#last.get(userId);
    if (last !== undefined && now - last < this.ms)
      return Math.max(1, Math.ceil((this.ms - (now - last)) / 1000));
    this.#last.set(userId, now);
    if (this.#last.size > 10_000) {
      for (const [id, at] of this.#last) if (now - at >= this.ms) this.#last.delete(id);
    }
    return 0;
  }
}
