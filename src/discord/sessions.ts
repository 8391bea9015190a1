import { randomBytes } from "node:crypto";

/** How long buttons keep working: Discord's interaction tokens last 15 minutes. */
export const SESSION_TTL_MS = 14 * 60 * 1000;

/**
 * Short-lived state behind a message's buttons (pages, passages, choices), keyed by a short
 * random id that fits in a component's custom id. Entries expire after {@link SESSION_TTL_MS};
 * expired ones are swept as new ones are added, so memory stays bounded by recent use.
 */
export class SessionStore<T> {
  readonly #entries = new Map<string, { value: T; expires: number }>();

  constructor(
    private readonly ttlMs = SESSION_TTL_MS,
    private readonly now: () => number = Date.now,
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
    for (const [id, entry] of this.#entries) if (entry.expires <= now) this.#entries.delete(id);
  }
}
