import type { Span } from "../corpus/types.js";
import { termOf, type Token } from "../text/tokens.js";
import { tieOf, tokensIn } from "./answerProximity.js";
import { standsForRole } from "./relatedTerms.js";
import { ROLE_QUALIFIERS } from "./roleWords.js";
import type { QuestionMatcher } from "./scoreSentence.js";
import type { UnderstoodQuestion } from "./understandQuestion.js";

/** A word making a role another one (see `ROLE_QUALIFIERS`). */
const QUALIFIER = new RegExp(`^(?:${ROLE_QUALIFIERS})$`, "u");

/**
 * The question terms that name a role ("boss", "chief executive", or in a who-question a verb
 * of holding one: "runs"), by number.
 */
export function roleTerms(question: UnderstoodQuestion): ReadonlySet<number> {
  const out = new Set<number>();
  question.terms.forEach((t, i) => {
    if (standsForRole(question, t)) out.add(i);
  });
  return out;
}

/**
 * The role terms of a question asking who holds the role ("who runs yukos"), by number; none
 * when the role holder is its subject ("where did the amnesty chief give her lecture").
 */
export function askedRoles(question: UnderstoodQuestion): ReadonlySet<number> {
  return question.kind === "who" ? roleTerms(question) : new Set();
}

/**
 * How closely an answer of the asked kind in `text` (its `tokens`) is tied ({@link tieOf}) to a word of the
 * role the question asks for, or a word standing for it (`roles`, from {@link roleTerms};
 * `matcher` knows their relatives): "Yukos chief executive Steven Theede" ties the name to
 * the role "who runs yukos" asks for, where "The Kremlin … seized and sold Yukos' main
 * production arm" ties it only to the subject, which `answerProximity` already rewards. Tried
 * with every word of the question that is not a name (the verb, the nouns), the tie moved
 * as many dev answers down as up: a role is what a name's neighbour says of it, a verb is not.
 */
export function roleTie(
  text: string,
  tokens: readonly Token[],
  answers: readonly Span[],
  matcher: QuestionMatcher,
  roles: ReadonlySet<number>,
): number {
  if (answers.length === 0 || roles.size === 0) return 0;
  const anchors: number[] = [];
  tokens.forEach((t, at) => {
    // "state-run", "family-run": a compound describing a thing, not the verb of a role.
    if (text[t.start - 1] === "-") return;
    // "vice president", "former chief executive": another role than the one asked.
    if (QUALIFIER.test(tokens[at - 1]?.word ?? "")) return;
    const term = termOf(t.word);
    if (term !== null && matcher.matchesAny(term, roles)) anchors.push(at);
  });
  if (anchors.length === 0) return 0;
  return Math.max(0, ...answers.map((a) => tieOf(tokensIn(tokens, a), anchors)));
}
