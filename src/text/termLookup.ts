import { FAMILY_LENGTH, familyOf } from "./tokens.js";

/**
 * A few terms (a question's), numbered, for looking up many others (a passage's) fast: which
 * of them a term is, and which are of its word family. A family is found by the term's first
 * letter and a prefix comparison, so no family string is made or hashed for the many terms
 * that share nothing with the question. The terms are expected distinct: a repeated term keeps
 * its first number.
 */
export class TermLookup {
  readonly #number = new Map<string, number>();
  /** Families by their first character's code: the family and the numbers of its terms. */
  readonly #byFirst = new Map<number, Array<{ family: string; numbers: number[] }>>();

  constructor(terms: readonly string[]) {
    terms.forEach((term, i) => {
      if (!this.#number.has(term)) this.#number.set(term, i);
      const family = familyOf(term);
      const first = family.charCodeAt(0);
      const bucket = this.#byFirst.get(first) ?? [];
      const known = bucket.find((b) => b.family === family);
      if (known) known.numbers.push(i);
      else bucket.push({ family, numbers: [i] });
      this.#byFirst.set(first, bucket);
    });
  }

  /** The number of `term` among the terms, or -1. */
  numberOf(term: string): number {
    // Most terms share no first letter with the question: a cheap test before hashing the term.
    if (!this.#byFirst.has(term.charCodeAt(0))) return -1;
    return this.#number.get(term) ?? -1;
  }

  /** The numbers of the terms of `term`'s word family (its own included), if any. */
  relativesOf(term: string): readonly number[] | undefined {
    const bucket = this.#byFirst.get(term.charCodeAt(0));
    if (bucket === undefined) return undefined;
    for (const { family, numbers } of bucket) {
      const same =
        term.length <= FAMILY_LENGTH
          ? term === family
          : family.length === FAMILY_LENGTH && term.startsWith(family);
      if (same) return numbers;
    }
    return undefined;
  }
}
