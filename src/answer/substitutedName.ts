import { termOf, tokenize, type Token } from "../text/tokens.js";
import type { Candidate } from "./candidates.js";
import type { QuestionKind, QuestionTerm, UnderstoodQuestion } from "./understandQuestion.js";

/** Kinds of question whose answer is a name. */
const NAMED_ANSWER: ReadonlySet<QuestionKind> = new Set(["who", "which", "where", "what"]);

/** How many words before the question's noun the sentence's own name may stand. */
const NAME_REACH = 3;

/**
 * A name of the question that the answer's sentence replaces with another name in the same
 * place: "has ryanair ordered airbus planes" answered by "Ryanair has placed an order for 70
 * Boeing 737-800 planes". The sentence is about the same sort of thing, but not the one asked.
 */
export interface Substitution {
  /** The question's name that the sentence and its neighbours lack ("airbus"). */
  readonly missing: QuestionTerm;
  /** The word the name qualifies in the question, as typed ("planes"). */
  readonly head: string;
  /** The sentence's words from its own name to that word, as written ("Boeing 737-800 planes"). */
  readonly instead: string;
}

/**
 * Finds a {@link Substitution} in the candidate's sentence: a name of the question found
 * neither in the sentence nor beside it, directly before a question word ("airbus planes"),
 * where the sentence has that word (not capitalised, as in a name) with a capitalised word of
 * its own shortly before it that the question does not use and that is not the name asked
 * for. The name's absence alone is no sign (a reader leaves out or paraphrases names the
 * sentence takes from its context); a different name in its place is.
 */
export function substitutedName(
  question: UnderstoodQuestion,
  candidate: Pick<Candidate, "sentence" | "found" | "answers">,
): Substitution | null {
  const asked = tokenize(question.text);
  const text = candidate.sentence.text;
  const own = tokenize(text);
  for (const [i, term] of question.terms.entries()) {
    if (!term.name || (candidate.found[i] ?? 0) > 0) continue;
    const at = asked.findIndex((t) => termOf(t.word) === term.term);
    const next = asked[at + 1];
    const head = next === undefined ? null : termOf(next.word);
    if (at < 0 || !next || head === null) continue;
    for (const [j, token] of own.entries()) {
      // A capitalised head is part of a name ("Hulagu Khan" for "Genghis Khan").
      if (termOf(token.word) !== head || /^\p{Lu}/u.test(text.slice(token.start))) continue;
      const name = nameBefore(text, own, j, question.asked);
      // A name that is itself the answer asked for (who, which, where) is no substitute; a
      // count's or an amount's span may hold the counted thing's name ("70 Boeing planes").
      const answers =
        name !== undefined &&
        NAMED_ANSWER.has(question.kind) &&
        candidate.answers.some((a) => a.start <= name.start && name.start < a.end);
      if (name && !answers)
        return {
          missing: term,
          head: question.text.slice(next.start, next.start + next.word.length),
          instead: text.slice(name.start, token.start + token.word.length),
        };
    }
  }
  return null;
}

/**
 * The nearest capitalised word within {@link NAME_REACH} words before token `j`, not opening
 * the sentence (where any word is capitalised), not one of the question's own words and not a
 * stop word.
 */
function nameBefore(
  text: string,
  tokens: readonly Token[],
  j: number,
  asked: ReadonlySet<string>,
): Token | undefined {
  for (let k = j - 1; k >= Math.max(0, j - NAME_REACH); k--) {
    const token = tokens[k]!;
    // A capitalised stop word ("US", "IT") may be the question's own name in short.
    if (k === 0 || asked.has(token.word) || termOf(token.word) === null) continue;
    if (/^\p{Lu}/u.test(text.slice(token.start))) return token;
  }
  return undefined;
}
