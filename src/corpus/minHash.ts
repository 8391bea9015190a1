import type { Article } from "./types.js";

/** Words per shingle: long enough that two independent articles rarely share many. */
const SHINGLE_WORDS = 5;
/** Bins in a signature: 2^6, chosen by a hash's top 6 bits (see the bands in `nearDuplicates.ts`). */
export const SIGNATURE_SIZE = 64;

/** An article's word shingles, each hashed to 32 bits. */
export type Shingles = ReadonlySet<number>;

/** A 32-bit finaliser (murmur3's): spreads a hash over all bits. */
export function mix(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** FNV-1a over a string's UTF-16 code units. */
function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const shingleMemo = new WeakMap<Article, Shingles>();
const signatureMemo = new WeakMap<Article, Uint32Array>();

/**
 * The article's body as overlapping runs of {@link SHINGLE_WORDS} lower-cased words (the title
 * is left out: syndicated copies are often retitled). Worked out once per article.
 */
export function shinglesOf(article: Article): Shingles {
  let shingles = shingleMemo.get(article);
  if (shingles) return shingles;
  const words = (
    article.paragraphs
      .map((p) => p.text)
      .join(" ")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [""]
  ).map(hashText);
  const set = new Set<number>();
  const last = Math.max(0, words.length - SHINGLE_WORDS);
  // Each word is hashed once; a shingle's hash combines its words' hashes in order.
  for (let i = 0; i <= last; i++) {
    let h = 0;
    for (let k = i; k < Math.min(words.length, i + SHINGLE_WORDS); k++)
      h = mix(Math.imul(h, 31) + words[k]!);
    set.add(h);
  }
  shingles = set;
  shingleMemo.set(article, shingles);
  return shingles;
}

/**
 * The article's MinHash signature, by one-permutation hashing: each shingle's hash falls in
 * one of {@link SIGNATURE_SIZE} bins (by its top bits), and each bin keeps its least hash. Two
 * articles agree in a bin with probability close to the Jaccard similarity of their shingles,
 * at one hash per shingle instead of one per shingle and bin. A bin no shingle fell in stays
 * at the maximum (only very short texts have those; candidates are checked exactly anyway).
 */
export function signatureOf(article: Article): Uint32Array {
  let signature = signatureMemo.get(article);
  if (signature) return signature;
  signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shinglesOf(article)) {
    const bin = shingle >>> 26;
    if (shingle < signature[bin]!) signature[bin] = shingle;
  }
  signatureMemo.set(article, signature);
  return signature;
}

/** How much of their shingles two articles share, exactly. */
export interface Overlap {
  /** Shared over all (Jaccard similarity), 0–1. */
  readonly jaccard: number;
  /** Shared over the smaller article's shingles: 1 when one text holds the other whole. */
  readonly containment: number;
}

/** The exact overlap of two articles' shingles. */
export function overlap(a: Article, b: Article): Overlap {
  const x = shinglesOf(a);
  const y = shinglesOf(b);
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let shared = 0;
  for (const h of small) if (large.has(h)) shared++;
  const union = x.size + y.size - shared;
  return {
    jaccard: union === 0 ? 1 : shared / union,
    containment: small.size === 0 ? 1 : shared / small.size,
  };
}
