import type { Token } from "../text/tokens.js";

/** Words that say a work follows another: the number after its title says no more. */
const SEQUEL = /^sequels?$/u;

/** A title's number: "2" to "9", not a year, a score or a count. */
const SMALL = /^[2-9]$/u;

/** Words after which a number is a count or a date, not part of a title ("in 2", "the 2"). */
const NOT_TITLE =
  /^(?:a|an|the|in|on|at|of|for|to|by|from|with|about|than|and|or|top|last|first|next|over|under|only|just)$/u;

/**
 * The tokens (by index) that number a sequel in its title: "the pirates 2 sequel". The numeral
 * only repeats "sequel", and an article writes the title ("the sequel to hit film Pirates of
 * the Caribbean") or "Pirates 2" without it, so as a term it would refuse the very sentence
 * that answers. Only a number right before "sequel", after a title's word: "how many sequels
 * sold 2 million" keeps its count, and "the sequel to toy story 3" keeps the earlier film's
 * own number, which is how articles write its title.
 */
export function sequelNumbers(tokens: readonly Token[]): ReadonlySet<number> {
  const out = new Set<number>();
  tokens.forEach((token, i) => {
    const before = tokens[i - 1]?.word;
    if (!SMALL.test(token.word) || before === undefined) return;
    if (!/^\p{L}+$/u.test(before) || NOT_TITLE.test(before)) return;
    const next = tokens[i + 1]?.word;
    if (next !== undefined && SEQUEL.test(next)) out.add(i);
  });
  return out;
}
