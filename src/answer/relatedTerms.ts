import { termOf } from "../text/tokens.js";
import { WordNet } from "../text/wordNet.js";
import type { UnderstoodQuestion } from "./understandQuestion.js";

/** WordNet, opened once: its files are read on first use. */
const WORDNET = new WordNet();

/**
 * For each question term, the terms of words WordNet relates to it (synonyms of its
 * commonest senses, derived words: "forecast" for "predicting", "chairman" for "chairs"), so
 * a sentence that says the same thing in other words still counts. Names and numbers get
 * none: a synonym of a name is another name. Empty lists when WordNet is not installed.
 */
export function relatedTerms(
  question: UnderstoodQuestion,
  wordNet: WordNet = WORDNET,
): (readonly string[])[] {
  return question.terms.map((t) => {
    if (t.salient || question.subject.includes(t)) return [];
    const terms = new Set<string>();
    for (const word of wordNet.relatives(t.surface)) {
      const term = termOf(word);
      if (term !== null && term !== t.term) terms.add(term);
    }
    return [...terms];
  });
}
