import { mix, overlap, signatureOf, SIGNATURE_SIZE, type Overlap } from "./minHash.js";
import type { Article } from "./types.js";

/**
 * Two articles are copies of one story when most of their five-word sequences are shared
 * (Jaccard at least 0.8: syndicated copies, small edits) or when one text is almost wholly
 * inside the other (containment at least 0.95: a copy cut short, or extended with an update).
 * Measured on BBC News: 152 verbatim copies, a handful of edited ones; unrelated articles on
 * one topic stay under 0.4 Jaccard and 0.6 containment.
 */
export function sameStory(o: Overlap): boolean {
  return o.jaccard >= 0.8 || o.containment >= 0.95;
}

/**
 * Signature rows per band: 32 bands of 2 make a pair a candidate with probability 0.98 at
 * Jaccard 0.35 (the least a contained copy a third of the other's length has) and 0.27 at 0.1.
 */
const ROWS = 2;

/** The bucket keys of an article: each band's rows hashed together under the band's number. */
function bandKeys(article: Article): number[] {
  const signature = signatureOf(article);
  const keys: number[] = [];
  for (let band = 0; band < SIGNATURE_SIZE; band += ROWS) {
    // A rare collision only adds a candidate, which the exact check then turns down.
    let h = 0;
    for (let r = band; r < band + ROWS; r++) h = mix(Math.imul(h, 31) + signature[r]!);
    keys.push(band * 2 ** 32 + h);
  }
  return keys;
}

/**
 * Which articles are copies of one another (locality-sensitive hashing over MinHash
 * signatures): an article joins the buckets of its signature's bands and is checked exactly
 * against the articles already there, so adding one costs a few lookups, not a pass over the
 * corpus. A changing corpus keeps one index and adds and removes article versions.
 */
export class StoryIndex {
  readonly #buckets = new Map<number, Set<Article>>();
  readonly #keys = new Map<Article, number[]>();
  readonly #copies = new Map<Article, Set<Article>>();

  /** An index of `articles`. */
  static of(articles: Iterable<Article>): StoryIndex {
    const index = new StoryIndex();
    for (const article of articles) index.add(article);
    return index;
  }

  /** Files an article version, linking it to the copies of its story already filed. */
  add(article: Article): void {
    if (this.#keys.has(article)) return;
    const keys = bandKeys(article);
    this.#keys.set(article, keys);
    for (const key of keys) {
      let bucket = this.#buckets.get(key);
      if (!bucket) this.#buckets.set(key, (bucket = new Set()));
      for (const other of bucket) {
        if (this.#copies.get(article)?.has(other)) continue;
        if (sameStory(overlap(article, other))) {
          this.#link(article, other);
          this.#link(other, article);
        }
      }
      bucket.add(article);
    }
  }

  /** Forgets an article version (a file changed or gone). */
  remove(article: Article): void {
    for (const key of this.#keys.get(article) ?? []) {
      const bucket = this.#buckets.get(key);
      bucket?.delete(article);
      if (bucket?.size === 0) this.#buckets.delete(key);
    }
    this.#keys.delete(article);
    for (const other of this.#copies.get(article) ?? []) this.#copies.get(other)?.delete(article);
    this.#copies.delete(article);
  }

  /** The filed copies of `article`'s story. */
  copiesOf(article: Article): ReadonlySet<Article> {
    return this.#copies.get(article) ?? new Set();
  }

  #link(a: Article, b: Article): void {
    const set = this.#copies.get(a);
    if (set) set.add(b);
    else this.#copies.set(a, new Set([b]));
  }
}
