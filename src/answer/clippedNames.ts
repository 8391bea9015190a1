import type { Article } from "../corpus/types.js";
import { termOf, tokenize } from "../text/tokens.js";
import type { UnderstoodQuestion } from "./understandQuestion.js";

/** A two-word name as articles write it: "Manchester United", "Aston Villa". */
const TWO_WORD_NAME = /\b(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)/gu;

/**
 * For question terms (by index) that clip a two-word name of the article, the terms of the
 * words they clip: "man u" for "Manchester United" (not "utd": only a word's first letters
 * count). Readers shorten a name by its words' first letters; both words must be shortened (a word typed whole is
 * matched as it is), and the first to at least three letters, so "man" alone is never read
 * as "Manchester".
 */
export function clippedNames(
  article: Article,
  question: UnderstoodQuestion,
): ReadonlyMap<number, ReadonlySet<string>> {
  const out = new Map<number, Set<string>>();
  const words = tokenize(question.text).map((t) => t.word);
  const indexOf = (word: string): number => {
    const term = termOf(word);
    return term === null ? -1 : question.terms.findIndex((t) => t.term === term);
  };
  for (let w = 0; w + 1 < words.length; w++) {
    const [first, second] = [words[w]!, words[w + 1]!];
    if (first.length < 3 || !/^\p{L}+$/u.test(first + second)) continue;
    for (const p of article.paragraphs)
      for (const m of p.text.matchAll(TWO_WORD_NAME)) {
        const [a, b] = [m[1]!.toLowerCase(), m[2]!.toLowerCase()];
        if (a === first || b === second || !a.startsWith(first) || !b.startsWith(second)) continue;
        for (const [word, name] of [
          [first, a],
          [second, b],
        ] as const) {
          const i = indexOf(word);
          const term = termOf(name);
          if (i < 0 || term === null) continue;
          let set = out.get(i);
          if (!set) out.set(i, (set = new Set()));
          set.add(term);
        }
      }
  }
  return out;
}
