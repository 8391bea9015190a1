import type { Passage } from "../corpus/types.js";
import { TermLookup } from "../text/termLookup.js";

/** What {@link passageScore} weighs (`RETRIEVAL` in `retrieve.ts` says what each does). */
export interface PassageWeights {
  readonly k1: number;
  readonly b: number;
  readonly familyWeight: number;
  readonly relatedWeight: number;
  readonly sentenceWeight: number;
  readonly pairWeight: number;
}

/**
 * A question prepared for scoring many passages: its known terms numbered, so that scoring a
 * passage fills a few reused arrays instead of building maps and strings per passage.
 */
export class CompiledQuery {
  /** The known terms, in the question's order of first use. */
  readonly terms: readonly string[];
  /** Each term's weight (inverse frequency), by number. */
  readonly weights: Float64Array;
  readonly #lookup: TermLookup;
  /** Question term numbers by a term related to them (not itself a question term). */
  readonly #related = new Map<string, number[]>();
  /** Weight of the phrase `a b` (either order) at `a * n + b`, 0 when not a question pair. */
  readonly #pairs: Float64Array;
  // Scratch space for one passage at a time.
  readonly exact: Float64Array;
  readonly family: Float64Array;
  readonly seen: Float64Array;
  readonly phrases: Uint8Array;
  readonly marks: Uint8Array;

  constructor(
    ordered: readonly string[],
    weights: ReadonlyMap<string, number>,
    related: ReadonlyMap<string, readonly string[]>,
  ) {
    this.terms = [...weights.keys()];
    const n = this.terms.length;
    this.weights = Float64Array.from(this.terms, (t) => weights.get(t) ?? 0);
    this.#lookup = new TermLookup(this.terms);
    this.terms.forEach((term, i) => {
      for (const other of related.get(term) ?? []) {
        if (this.#lookup.relativesOf(other) !== undefined) continue;
        const numbers = this.#related.get(other) ?? [];
        numbers.push(i);
        this.#related.set(other, numbers);
      }
    });
    this.#pairs = new Float64Array(n * n);
    const known = ordered.map((t) => this.#lookup.numberOf(t)).filter((i) => i >= 0);
    for (let i = 1; i < known.length; i++) {
      const [a, b] = [known[i - 1]!, known[i]!];
      if (a === b) continue;
      const weight = (this.weights[a]! + this.weights[b]!) / 2;
      this.#pairs[a * n + b] = weight;
      this.#pairs[b * n + a] = weight;
    }
    this.exact = new Float64Array(n);
    this.family = new Float64Array(n);
    this.seen = new Float64Array(n);
    this.phrases = new Uint8Array(n * n);
    this.marks = new Uint8Array(n);
  }

  get size(): number {
    return this.terms.length;
  }

  /** The number of a question term, or -1. */
  numberOf(term: string): number {
    return this.#lookup.numberOf(term);
  }

  /** The numbers of the question terms in `term`'s word family. */
  relativesOf(term: string): readonly number[] | undefined {
    return this.#lookup.relativesOf(term);
  }

  /** The numbers of the question terms `term` is related to (other than by word family). */
  relatedTo(term: string): readonly number[] | undefined {
    return this.#related.get(term);
  }

  /** Weight of the pair of question terms `a` then `b`, 0 when they do not form one. */
  pairWeight(a: number, b: number): number {
    return this.#pairs[a * this.size + b]!;
  }
}

/**
 * BM25 over the passage (word families counting `familyWeight` of an exact match, related
 * words `relatedWeight`), plus its best sentence's share of the question and the question's
 * word pairs it holds as phrases: one pass over the passage's terms.
 */
export function passageScore(
  passage: Passage,
  q: CompiledQuery,
  averageLength: number,
  tuning: PassageWeights,
): number {
  const { k1, b, familyWeight, relatedWeight } = tuning;
  const { exact, family, seen, phrases, weights } = q;
  const n = q.size;
  exact.fill(0);
  family.fill(0);
  phrases.fill(0);
  let length = 0;
  let bestSentence = 0;
  let phraseWeight = 0;
  for (const sentence of passage.sentenceTerms) {
    seen.fill(0);
    let previous = -1;
    for (const term of sentence) {
      length++;
      const number = q.numberOf(term);
      if (number >= 0) {
        exact[number]!++;
        seen[number] = 1;
        if (previous >= 0 && phrases[previous * n + number] === 0) {
          const weight = q.pairWeight(previous, number);
          if (weight > 0) {
            phrases[previous * n + number] = 1;
            phraseWeight += weight;
          }
        }
        previous = number;
      } else {
        previous = -1;
        const relatives = q.relativesOf(term);
        const weight = relatives === undefined ? relatedWeight : familyWeight;
        for (const relative of relatives ?? q.relatedTo(term) ?? []) {
          family[relative]! += weight;
          if (seen[relative]! < weight) seen[relative] = weight;
        }
      }
    }
    let sum = 0;
    for (let i = 0; i < n; i++) sum += seen[i]! * weights[i]!;
    if (sum > bestSentence) bestSentence = sum;
  }
  const norm = k1 * (1 - b + (b * length) / averageLength);
  let score = 0;
  for (let i = 0; i < n; i++) {
    const tf = exact[i]! + family[i]!;
    if (tf > 0) score += (weights[i]! * tf * (k1 + 1)) / (tf + norm);
  }
  return score + tuning.sentenceWeight * bestSentence + tuning.pairWeight * phraseWeight;
}
