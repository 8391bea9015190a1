import { termOf, tokenize } from "../text/tokens.js";

/** The kind of fact a question asks for, read from its question words. */
export type AnswerType = "time" | "duration" | "quantity" | "agent" | "place" | null;

/** A content word of a question. */
export interface QuestionTerm {
  readonly term: string;
  /** A name or a number: what the question is about, which an answer must not lose. */
  readonly salient: boolean;
}

/** What the scorer needs to know about a question. */
export interface AnalyzedQuestion {
  readonly terms: readonly QuestionTerm[];
  readonly expects: AnswerType;
}

/**
 * Question phrases and the answer they ask for. The words of the phrase itself ("which day of
 * the week", "how many years") say what kind of answer is wanted, not what it is about, so
 * they are not searched for.
 */
const TYPE_PATTERNS: ReadonlyArray<readonly [RegExp, AnswerType]> = [
  [/\b(for )?how (long|many (years|months|weeks|days|decades))\b/iu, "duration"],
  [/\bhow (many|much)\b/iu, "quantity"],
  [
    /\b(when|(what|which|in which|on which|on what) (year|date|day of the week|day|month|time))\b/iu,
    "time",
  ],
  [/\b(who|whom|whose)\b/iu, "agent"],
  [/\bwhere\b/iu, "place"],
];

/**
 * Reads a question: its content terms (stop words and question phrases dropped, duplicates
 * removed) and the kind of answer it expects. Capitalised words past the first and numbers
 * are salient.
 */
export function analyzeQuestion(question: string): AnalyzedQuestion {
  let expects: AnswerType = null;
  let phrase = { start: -1, end: -1 };
  for (const [pattern, type] of TYPE_PATTERNS) {
    const match = pattern.exec(question);
    if (!match) continue;
    expects = type;
    phrase = { start: match.index, end: match.index + match[0].length };
    break;
  }
  const seen = new Map<string, QuestionTerm>();
  tokenize(question).forEach((token, i) => {
    if (token.start >= phrase.start && token.start < phrase.end) return;
    const term = termOf(token.word);
    if (term === null) return;
    const surface = question.slice(token.start, token.start + token.word.length);
    const salient = /^\p{N}+$/u.test(token.word) || (i > 0 && /^\p{Lu}/u.test(surface));
    const known = seen.get(term);
    if (!known || (salient && !known.salient)) seen.set(term, { term, salient });
  });
  return { terms: [...seen.values()], expects };
}
