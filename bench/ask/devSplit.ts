/** The two halves of a dev set: tune on one, check on the other. */
export type Half = "tune" | "check";

/**
 * The half a key (an article path, or an out-of-corpus question's text) falls in, by a
 * 32-bit FNV-1a hash: fixed for ever, independent of file order, and the two questions on one
 * article always fall together.
 */
export function devHalf(key: string): Half {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 2 === 0 ? "tune" : "check";
}
