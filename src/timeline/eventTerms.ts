import { familyOf, terms } from "../text/tokens.js";

/**
 * The content-word families of a text, without numbers, each once: what two reports of one
 * event are compared on. Families ("recogn" for recognised and recognition) come from the
 * shared text module, so the timeline and the search agree on what a word is.
 */
export function eventTerms(...texts: readonly string[]): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    for (const term of terms(text)) if (!/^\p{N}+$/u.test(term)) out.add(familyOf(term));
  }
  return [...out];
}
