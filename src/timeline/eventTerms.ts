import { familyOf, terms } from "../text/tokens.js";

/**
 * The content-word families of a text, without numbers, each once: what two reports of one
 * event are compared on. Families ("recogn" for recognised and recognition) come from the
 * shared text module, so the timeline and the search agree on what a word is.
 */
export function eventTerms(...texts: readonly string[]): string[] {
  return [...termFamilies(texts.flatMap((text) => terms(text)))];
}

/** The families of terms already computed, numbers left out: {@link eventTerms} of their text. */
export function termFamilies(found: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const term of found) if (!/^\p{N}+$/u.test(term)) out.add(familyOf(term));
  return out;
}
