import type { TermStats } from "../search/termStats.js";
import { termOf } from "../text/tokens.js";
import { WordNet } from "../text/wordNet.js";
import { ROLE_VERBS, ROLE_WORDS } from "./roleWords.js";
import type { QuestionTerm, UnderstoodQuestion } from "./understandQuestion.js";

/** Words that make a phrase a description rather than a name. */
const CONNECTORS = new Set(["of", "the", "and", "for", "in"]);

/** WordNet, opened once: its files are read on first use. */
const WORDNET = new WordNet();

/** Loads WordNet's index at start-up, so the first question does not wait for it. */
export function preloadRelatedTerms(): void {
  WORDNET.preload();
}

/**
 * For each question term, the terms of words WordNet relates to it, so a sentence that says
 * the same thing in other words still counts: for a predicate word, synonyms of its commonest
 * senses and derived words ("forecast" for "predicting", "chairman" for "chairs"); for a
 * word the corpus writes as a name, only relatives the corpus also writes as names (a
 * phrase's last word), the same place or people told another way ("Britain" for "British",
 * "Australian" for "aussie", "Netherlands" for "holland"), and for a people's name its
 * country's names ("UK" for "brits", see `countryNames`). Other subject words and numbers get
 * none. Empty lists when WordNet is not installed.
 */
export function relatedTerms(
  question: UnderstoodQuestion,
  stats: TermStats,
  wordNet: WordNet = WORDNET,
): (readonly string[])[] {
  return question.terms.map((t) => {
    const terms = new Set<string>();
    // "boss" asks for the chief executive or chairman, which WordNet does not say; a role word
    // stands for the others whether the question reads it as its subject or its predicate.
    if (standsForRole(question, t))
      for (const role of ROLE_WORDS) {
        const term = termOf(role) ?? role;
        if (term !== t.term) terms.add(term);
      }
    // A word the corpus writes as a name is never read as a predicate, typed in lower case
    // or not: its WordNet synonyms are another word's ("elvis" is not "acid").
    const predicate = !t.salient && !t.name && !question.subject.includes(t);
    if (!predicate && !t.name) return [...terms];
    for (const lemma of wordNet.relatives(t.surface)) {
      const words = lemma.split("_");
      // A phrase names the same thing only as a name ("great_britain"), not as a description
      // ("capital_of_afghanistan" is not Afghanistan).
      if (words.length > 1 && (predicate || words.some((w) => CONNECTORS.has(w)))) continue;
      const term = termOf(words.at(-1)!);
      if (term === null || term === t.term) continue;
      if (predicate || stats.nameLike(term)) terms.add(term);
    }
    if (t.name) for (const term of countryNames(t.surface, stats, wordNet)) terms.add(term);
    terms.delete(t.term);
    return [...terms];
  });
}

/** How far a people's name is followed through places: its country, the country's other names. */
const PLACE_HOPS = 2;

/**
 * The country a people's name or adjective leads to and that country's other names, as the
 * corpus writes them as names: "brits" → "british" → "Britain" → "UK". Only WordNet's places
 * are followed past the first step, so "american" leads to "America", never to "English"
 * (American English). A phrase counts by its last word when that word names the same place
 * ("great_britain" → "Britain"; not "united_kingdom" → "kingdom", nor Kabul's
 * "capital_of_afghanistan" → "Afghanistan").
 */
function countryNames(word: string, stats: TermStats, wordNet: WordNet): string[] {
  const out = new Set<string>();
  let frontier = [word.toLowerCase(), ...wordNet.relatives(word).filter((w) => !w.includes("_"))];
  const seen = new Set(frontier);
  for (let hop = 0; hop < PLACE_HOPS && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const from of frontier)
      for (const lemma of wordNet.places(from)) {
        const last = lemma.split("_").at(-1)!;
        // "great_britain" is one of Britain's names; "soviet_union" is no union, and
        // "capital_of_afghanistan" no Afghanistan: a phrase counts when its last word names it.
        if (lemma !== last && !wordNet.places(last).includes(lemma)) continue;
        const term = termOf(last);
        if (term !== null && stats.nameLike(term)) out.add(term);
        // Followed even when this corpus never writes it: "Britain" leads on to "UK".
        if (!seen.has(last)) next.push(last);
        seen.add(last);
      }
    frontier = next;
  }
  return [...out];
}

/**
 * The relatives retrieval weighs, by question term: those of role words ("chief" for "chief
 * executive", "chairman" for "boss") and of names ("Britain" for "British"). A predicate
 * word's WordNet synonyms are left to sentence choice: weighed at retrieval they lost a dev
 * answer (the tune half's "come on for" read as "arrive", "get") and won none.
 */
export function relatedForRetrieval(
  question: UnderstoodQuestion,
  related: readonly (readonly string[])[],
): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  question.terms.forEach((t, i) => {
    const terms = related[i] ?? [];
    if (terms.length > 0 && (t.name || standsForRole(question, t))) out.set(t.term, terms);
  });
  return out;
}

/** A role word, or in a who-question a verb of holding a role ("who runs yukos"). */
export function standsForRole(question: UnderstoodQuestion, t: QuestionTerm): boolean {
  const word = t.surface.toLowerCase();
  return ROLE_WORDS.has(word) || (question.kind === "who" && ROLE_VERBS.has(word));
}
