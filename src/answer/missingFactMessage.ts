import { termOf, tokenize } from "../text/tokens.js";
import type { Candidate } from "./candidates.js";
import type { MissingFact } from "./missingFact.js";
import { ROLE_WORDS } from "./roleWords.js";
import type { UnderstoodQuestion } from "./understandQuestion.js";
import { wordList } from "./wordList.js";

/**
 * What the refusal tells the reader: the question's words the story holds, as phrases of the
 * question ("michael jackson trial"), and the fact it lacks with the words that qualify it
 * and that it lacks too ("latest book"): "The articles mention germaine greer, but no latest
 * book."
 */
export function missingFactMessage(
  question: UnderstoodQuestion,
  candidate: Pick<Candidate, "inArticle">,
  fact: MissingFact,
): string {
  // The role asked is held only as a relative ("vice president" for "ceo"): it is what lacks.
  const held = (i: number): boolean =>
    (candidate.inArticle[i] ?? 0) > 0 &&
    !(fact.check === "story-role" && ROLE_WORDS.has(question.terms[i]!.surface.toLowerCase()));
  const phrases: string[][] = [[]];
  let lacking: string[] = [];
  let reached = fact.check !== "asked-noun";
  for (const token of tokenize(question.text)) {
    const i = question.terms.findIndex((t) => t.term === termOf(token.word));
    const word = question.text.slice(token.start, token.start + token.word.length);
    if (i >= 0 && held(i)) phrases.at(-1)!.push(word);
    else if (phrases.at(-1)!.length > 0) phrases.push([]);
    // The run of absent words that ends at the asked noun: its own qualifiers.
    if (reached) continue;
    lacking = i >= 0 && !held(i) ? [...lacking, word] : [];
    reached = token.word === fact.missing.toLowerCase();
  }
  const has = [
    ...phrases.filter((p) => p.length > 0).map((p) => p.join(" ")),
    ...(fact.instead === undefined ? [] : [fact.instead]),
  ];
  const missing =
    fact.check === "asked-noun" && lacking.length > 0 ? lacking.join(" ") : fact.missing;
  // "no verdict", "no ceo"; "not the price paid", "not the US".
  const what =
    fact.check === "asked-noun" || fact.check === "story-role" ? `no ${missing}` : `not ${missing}`;
  return has.length === 0
    ? `The articles do not give ${missing}.`
    : `The articles mention ${wordList(has, "and")}, but ${what}.`;
}
