import type { Knowledge } from "../knowledge/knowledge.js";

/** An autocomplete choice, as a command's `complete` gives it. */
export interface Choice {
  readonly name: string;
  readonly value: string;
}

/** Most typed prefixes remembered per knowledge: the oldest go first. */
export const COMPLETIONS_KEPT = 2_000;

/**
 * Autocomplete choices remembered by what was typed, for one version of the corpus at a time.
 * Autocomplete runs on the main thread as each key is pressed (it cannot wait in the work
 * queue), and readers type the same few prefixes ("Bla", "Bro") at the same moments: worked
 * out once, each costs a lookup. A new knowledge (a reload) starts afresh, so choices never
 * outlive the corpus they came from.
 */
export class Completions {
  #knowledge: Knowledge | undefined;
  readonly #kept = new Map<string, readonly Choice[]>();

  /** The choices for `value` typed in `option` of `command`, from `work` on first ask. */
  get(
    knowledge: Knowledge,
    key: { command: string; option: string; value: string },
    work: () => readonly Choice[],
  ): readonly Choice[] {
    if (knowledge !== this.#knowledge) {
      this.#kept.clear();
      this.#knowledge = knowledge;
    }
    const id = `${key.command}\u0000${key.option}\u0000${key.value}`;
    const known = this.#kept.get(id);
    if (known) return known;
    const choices = work();
    this.#kept.set(id, choices);
    if (this.#kept.size > COMPLETIONS_KEPT) this.#kept.delete(this.#kept.keys().next().value!);
    return choices;
  }
}
