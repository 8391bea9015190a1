import type { Span } from "../corpus/types.js";
import { termOf, type Token } from "../text/tokens.js";

/** Words between an answer and a question word at which their tie counts half. */
const HALF_TIE_WORDS = 4;

/** The positions (token indexes) of `text`'s words whose term the question holds. */
export function anchorsOf(tokens: readonly Token[], wanted: ReadonlySet<string>): number[] {
  const anchors: number[] = [];
  tokens.forEach((t, i) => {
    if (wanted.has(termOf(t.word) ?? "")) anchors.push(i);
  });
  return anchors;
}

/** The token indexes a span covers. */
export function tokensIn(tokens: readonly Token[], span: Span): number[] {
  return tokens.flatMap((t, i) => (t.start >= span.start && t.start < span.end ? [i] : []));
}

/**
 * How closely a span (its token indexes, `inside`) is tied to a question word (`anchors`),
 * 0..1: 1 when one touches it, halving every {@link HALF_TIE_WORDS} words between; a question
 * word inside the span is no tie. The fact a question asks for is usually stated next to the
 * words it shares with the question.
 */
export function tieOf(inside: readonly number[], anchors: readonly number[]): number {
  const first = inside[0];
  const last = inside.at(-1);
  if (first === undefined || last === undefined) return 0;
  let best = 0;
  for (const a of anchors) {
    if (a >= first && a <= last) continue;
    const gap = a < first ? first - a - 1 : a - last - 1;
    best = Math.max(best, 0.5 ** (gap / HALF_TIE_WORDS));
  }
  return best;
}

/**
 * The closest tie ({@link tieOf}) of any of `answers` to the question's words, in a sentence
 * of `tokens` (`tokenize`d once for this and `roleTie`).
 */
export function answerProximity(
  tokens: readonly Token[],
  answers: readonly Span[],
  wanted: ReadonlySet<string>,
): number {
  if (answers.length === 0) return 0;
  const anchors = anchorsOf(tokens, wanted);
  return Math.max(0, ...answers.map((a) => tieOf(tokensIn(tokens, a), anchors)));
}
