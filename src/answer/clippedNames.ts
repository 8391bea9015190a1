import type { Article } from "../corpus/types.js";
import { termOf, tokenize } from "../text/tokens.js";
import type { UnderstoodQuestion } from "./understandQuestion.js";

/**
 * A two-word name as articles write it: "Manchester United", "Aston Villa". Pairs overlap (the
 * second word is a lookahead), so "When Manchester United…" still yields "Manchester United".
 */
const TWO_WORD_NAME = /\b(\p{Lu}\p{Ll}+)\s+(?=(\p{Lu}\p{Ll}+)\b)/gu;

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
  const pairs = wordPairs(question);
  if (pairs.length === 0) return out;
  for (const [a, b] of twoWordNames(article)) {
    for (const [first, second] of pairs) {
      if (a === first || b === second || !a.startsWith(first) || !b.startsWith(second)) continue;
      for (const [word, whole] of [
        [first, a],
        [second, b],
      ] as const) {
        const term = termOf(whole);
        const i = indexOf(question, word);
        if (i < 0 || term === null) continue;
        let set = out.get(i);
        if (!set) out.set(i, (set = new Set()));
        set.add(term);
      }
    }
  }
  return out;
}

/**
 * An article's two-word names, lower-cased and split, read once per article and kept: the
 * same few articles are gathered for question after question, and reading their text for
 * names cost more than matching them.
 */
const namesCache = new WeakMap<Article, readonly (readonly [string, string])[]>();
function twoWordNames(article: Article): readonly (readonly [string, string])[] {
  let names = namesCache.get(article);
  if (!names) {
    const seen = new Set<string>();
    for (const p of article.paragraphs)
      for (const m of p.text.matchAll(TWO_WORD_NAME))
        seen.add(`${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}`);
    names = [...seen].map((name) => name.split(" ") as [string, string]);
    namesCache.set(article, names);
  }
  return names;
}

/** The question's adjacent word pairs that may clip a name, kept per question. */
const pairsCache = new WeakMap<UnderstoodQuestion, readonly (readonly [string, string])[]>();
function wordPairs(question: UnderstoodQuestion): readonly (readonly [string, string])[] {
  let pairs = pairsCache.get(question);
  if (!pairs) {
    const words = tokenize(question.text).map((t) => t.word);
    pairs = words
      .slice(0, -1)
      .map((w, i) => [w, words[i + 1]!] as const)
      .filter(([first, second]) => first.length >= 3 && /^\p{L}+$/u.test(first + second));
    pairsCache.set(question, pairs);
  }
  return pairs;
}

/** The index of the question term a word of it stands for, or -1. */
function indexOf(question: UnderstoodQuestion, word: string): number {
  const term = termOf(word);
  return term === null ? -1 : question.terms.findIndex((t) => t.term === term);
}
