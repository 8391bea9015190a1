import type { Span } from "../corpus/types.js";
import type { Token } from "../text/tokens.js";
import { tieOf } from "./answerProximity.js";
import { clauseAt, splitClauses } from "./splitClauses.js";

/** What a question word in another clause than the answer counts for, against one in its own. */
const OTHER_CLAUSE = 0.25;

/**
 * How closely the answer `span` (its token indexes, `inside`) is tied to the question's words
 * (`anchors`, token indexes; -1 for a sentence that continues the one holding them), as
 * {@link tieOf}, but a word in another clause counts half: in "In October 1989 the court
 * cleared the Guildford Four, and in June 1991 it freed the Maguire Seven" the second date
 * is nearer "Guildford Four" yet belongs to another statement. `statements` are the
 * sentence's, from {@link statementsOf}.
 */
export function clauseTie(
  statements: readonly Span[],
  tokens: readonly Token[],
  span: Span,
  inside: readonly number[],
  anchors: readonly number[],
): number {
  const clause = clauseAt(statements, span.start);
  const own = anchors.filter((a) => {
    const at = tokens[a]?.start;
    return at === undefined || (at >= clause.start && at < clause.end);
  });
  return Math.max(tieOf(inside, own), OTHER_CLAUSE * tieOf(inside, anchors));
}

/** A relative clause: it says more of the name before it, in the same statement. */
const RELATIVE = /^(?:who|whose|whom|which)\b/iu;

/** A sentence's clauses, each relative clause joined to the one it follows. */
export function statementsOf(text: string): Span[] {
  const out: Span[] = [];
  for (const clause of splitClauses(text)) {
    const last = out.at(-1);
    if (last && RELATIVE.test(text.slice(clause.start, clause.end)))
      out[out.length - 1] = { start: last.start, end: clause.end };
    else out.push(clause);
  }
  return out;
}
