import { randomBytes } from "node:crypto";

/** How long buttons keep working: Discord's interaction tokens last 15 minutes. */
export const SESSION_TTL_MS = 14 * 60 * 1000;

/** Most sessions kept at once; past this the oldest go first (their buttons then say expired). */
export const SESSION_LIMIT = 20_000;

/**
 * Most memory the sessions may hold, as estimated by the store's `sizeOf`: a count alone lets a
 * few thousand long views take hundreds of MB. Past it, the oldest go first.
 */
export const SESSION_BYTES = 32 * 1024 * 1024;

/**
 * Short-lived state behind a message's buttons (pages, passages, choices), keyed by a short
 * random id that fits in a component's custom id (or by an id of the caller's, with `put`). Entries expire after {@link SESSION_TTL_MS}.
 * All share one lifetime, so the map's insertion order is expiry order: sweeping stops at the
 * first live entry, and the caps (a count, and bytes as `sizeOf` estimates them) drop the
 * oldest.
 */
export class SessionStore<T> {
  readonly #entries = new Map<string, { value: T; expires: number; bytes: number }>();
  #bytes = 0;

  constructor(
    private readonly ttlMs = SESSION_TTL_MS,
    private readonly now: () => number = Date.now,
    private readonly limit = SESSION_LIMIT,
    private readonly maxBytes = SESSION_BYTES,
    private readonly sizeOf: (value: T) => number = () => 0,
  ) {}

  /** Stores `value` and returns its id. */
  create(value: T): string {
    const bytes = this.sizeOf(value);
    this.#sweep(bytes);
    let id: string;
    do id = randomBytes(6).toString("base64url");
    while (this.#entries.has(id));
    this.#entries.set(id, { value, expires: this.now() + this.ttlMs, bytes });
    this.#bytes += bytes;
    return id;
  }

  /**
   * Stores `value` under an id of the caller's (a thread's id): replaced if already there, and
   * then living {@link SESSION_TTL_MS} from now, like a new entry.
   */
  put(id: string, value: T): void {
    const bytes = this.sizeOf(value);
    this.#delete(id);
    this.#sweep(bytes);
    this.#entries.set(id, { value, expires: this.now() + this.ttlMs, bytes });
    this.#bytes += bytes;
  }

  /** The value stored under `id`, or undefined when unknown or expired. */
  get(id: string): T | undefined {
    const entry = this.#entries.get(id);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.#delete(id);
      return undefined;
    }
    return entry.value;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The estimated bytes held. */
  get bytes(): number {
    return this.#bytes;
  }

  /** Makes room for an entry of `incoming` bytes: expired entries go, then the oldest. */
  #sweep(incoming: number): void {
    const now = this.now();
    for (const [id, entry] of this.#entries) {
      const full = this.#entries.size >= this.limit || this.#bytes + incoming > this.maxBytes;
      if (entry.expires > now && !full) break;
      this.#delete(id);
    }
  }

  #delete(id: string): void {
    this.#bytes -= this.#entries.get(id)?.bytes ?? 0;
    this.#entries.delete(id);
  }
}
