import type { Span } from "../../src/corpus/types.js";
import { termOf, tokenize } from "../../src/text/tokens.js";
import type { QuestionMatcher } from "../../src/answer/scoreSentence.js";
import { clauseAt, splitClauses } from "../../src/answer/splitClauses.js";
import type { UnderstoodQuestion } from "../../src/answer/understandQuestion.js";

/** How an answer of the asked kind is tied to the question within its own clause. */
export interface ClauseTie {
  /** Share of the question's subject terms in the answer's clause (1 when it has none). */
  readonly subject: number;
  /** Share of its predicate terms there (1 when it has none); a WordNet relative counts. */
  readonly predicate: number;
  /** Share of the question's weight the clause holds (as `QuestionMatcher.coverage` counts). */
  readonly share: number;
  /** The question terms the clause holds, by index (as `QuestionMatcher.match` fills them). */
  readonly found: Float64Array;
  /** The answer's clause; the whole sentence when it holds no answer. */
  readonly text: string;
}

/** No answer, no tie. */
const NONE = (size: number, text: string): ClauseTie => ({
  subject: 0,
  predicate: 0,
  share: 0,
  found: new Float64Array(size),
  text,
});

/**
 * The best tie of any of `answers` in `text` to the question: the answer's clause (see
 * `splitClauses`) holding the question's subject and its predicate, not just the sentence. A
 * near-miss question swaps one element (another company, year or role): the sentence chosen
 * then shares most of its words, but the clause that states the answer lacks the one that
 * makes it the answer. `lent` are matches the clause may borrow (the sentence before a
 * neighbour's answer names the subject the neighbour calls "it").
 */
export function subjectPredicateTie(
  text: string,
  answers: readonly Span[],
  question: UnderstoodQuestion,
  matcher: QuestionMatcher,
  lent?: Float64Array,
): ClauseTie {
  if (answers.length === 0) return NONE(matcher.size, text);
  const clauses = splitClauses(text);
  const tokens = tokenize(text);
  const subjectIndex = question.subject.map((t) => question.terms.indexOf(t));
  const predicateIndex = question.predicate.map((t) => question.terms.indexOf(t));
  let best = NONE(matcher.size, text);
  let bestScore = -1;
  const seen = new Set<number>();
  for (const answer of answers) {
    const clause = clauseAt(clauses, answer.start);
    if (seen.has(clause.start)) continue;
    seen.add(clause.start);
    const clauseTerms: string[] = [];
    for (const t of tokens) {
      if (t.start < clause.start || t.start >= clause.end) continue;
      // The answer's own words are not the question's: "Boeing" answers, it does not tie.
      if (t.start >= answer.start && t.start < answer.end) continue;
      const term = termOf(t.word);
      if (term !== null) clauseTerms.push(term);
    }
    const found = new Float64Array(matcher.size);
    matcher.match(clauseTerms, found);
    if (lent) for (let i = 0; i < found.length; i++) found[i] = Math.max(found[i]!, lent[i]!);
    const tie: ClauseTie = {
      subject: shareOf(found, subjectIndex),
      predicate: shareOf(found, predicateIndex),
      share: matcher.coverage(found, found).share,
      found,
      text: text.slice(clause.start, clause.end),
    };
    const score = tie.subject + tie.predicate + tie.share;
    if (score > bestScore) [best, bestScore] = [tie, score];
  }
  return best;
}

/** Share of the given question terms found (1 when there are none to find). */
function shareOf(found: Float64Array, indexes: readonly number[]): number {
  if (indexes.length === 0) return 1;
  return indexes.filter((i) => (found[i] ?? 0) > 0).length / indexes.length;
}
