import { randomBytes } from "node:crypto";

/** How long buttons keep working: Discord's interaction tokens last 15 minutes. */
export const SESSION_TTL_MS = 14 * 60 * 1000;

/** Most sessions kept at once; past this the oldest go first (their buttons then say expired). */
export const SESSION_LIMIT = 20_000;

/**
 * Short-lived state behind a message's buttons (pages, passages, choices), keyed by a short
 * random id that fits in a component's custom id (or by an id of the caller's, with `put`). Entries expire after {@link SESSION_TTL_MS}.
 * All share one lifetime, so the map's insertion order is expiry order: sweeping stops at the
 * first live entry, and the size cap drops the oldest.
 */
export class SessionStore<T> {
  readonly #entries = new Map<string, { value: T; expires: number }>();

  constructor(
    private readonly ttlMs = SESSION_TTL_MS,
    private readonly now: () => number = Date.now,
    private readonly limit = SESSION_LIMIT,
  ) {}

  /** Stores `value` and returns its id. */
  create(value: T): string {
    this.#sweep();
    let id: string;
    do id = randomBytes(6).toString("base64url");
    while (this.#entries.has(id));
    this.#entries.set(id, { value, expires: this.now() + this.ttlMs });
    return id;
  }

  /**
   * Stores `value` under an id of the caller's (a thread's id): replaced if already there, and
   * then living {@link SESSION_TTL_MS} from now, like a new entry.
   */
  put(id: string, value: T): void {
    this.#sweep();
    this.#entries.delete(id);
    this.#entries.set(id, { value, expires: this.now() + this.ttlMs });
  }

  /** The value stored under `id`, or undefined when unknown or expired. */
  get(id: string): T | undefined {
    const entry = this.#entries.get(id);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.#entries.delete(id);
      return undefined;
    }
    return entry.value;
  }

  get size(): number {
    return this.#entries.size;
  }

  #sweep(): void {
    const now = this.now();
    for (const [id, entry] of this.#entries) {
      if (entry.expires > now && this.#entries.size < this.limit) break;
      this.#entries.delete(id);
    }
  }
}
