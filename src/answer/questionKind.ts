import { MONEY_KIND_NOUNS } from "./measureWords.js";
import { nounsOf } from "./wantedAnswer.js";

/** The kind of fact a question asks for. `other` asks for none in particular. */
export type QuestionKind =
  "who" | "which" | "what" | "when" | "where" | "why" | "how-many" | "how-much" | "other";

/**
 * Words that end "which X": "what did the council…" asks for no council; "what types of
 * schools…" asks for a sort of thing, not a named one.
 */
const LINKING =
  "(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|the|a|an|of|types?|kinds?|sorts?|forms?)";

/**
 * Question phrases, in the order they are tried, and the kind they ask for. The phrase's words
 * say what kind of answer is wanted, not what it is about, so they are not content.
 */
const KIND_PATTERNS: ReadonlyArray<readonly [RegExp, QuestionKind]> = [
  [
    /\bhow (many|long|old)( (years|months|weeks|days|decades|times|people))?\b|\bwhat(?:'s| is| was| are| were)? the (number|population|count|tally) of\b/iu,
    "how-many",
  ],
  [
    new RegExp(
      `\\bhow (much|big|large|far)\\b|\\bwhat (price|amount|sum|percentage|share|value)( of)?\\b|\\bwhat(?:'s| is| was| are| were| will be)? the (?:[\\p{L}-]+ )?(${MONEY_KIND_NOUNS}|amount|figure|total|rate|percentage|share)\\b`,
      "iu",
    ),
    "how-much",
  ],
  // "what was ask jeeves q4 profit", "what is boogeyman's budget": a sum of money named last,
  // after its owner, asks how much as "the profit of" does;
  // only "what was" is the question phrase, the rest is what it is about. The verb is
  // required: "what drove sales", "what hit profits" ask what, not how much.
  [
    new RegExp(
      `^\\W*what(?:'s| is| was| are| were| will be)(?= (?:(?!(?:about|on|for|of|in|to|with|by|from|at|said|done|made|\\p{L}+ed)\\b)[\\p{L}\\d&-]+(?:['’]s)? ){1,4}(?:${MONEY_KIND_NOUNS})\\W*$)`,
      "iu",
    ),
    "how-much",
  ],
  [
    /\b(when|(what|which|in which|on which|on what) (year|date|day of the week|day|month|time))\b|\bwhat(?:'s| is| was)? the date\b/iu,
    "when",
  ],
  [
    new RegExp(`\\b(where|(what|which|in which) ${nounPattern(nounsOf("place"))})\\b`, "iu"),
    "where",
  ],
  [
    /\bwhy\b|\bwhat (was|is|were) the reasons? (for|behind)\b|\bfor what reason\b|\bwhat (caused|led to|prompted|triggered|sparked|(is|was) behind)\b|\bwhat (did|does|do)\b(?=.+\bblame)/iu,
    "why",
  ],
  [
    /\b(who|whom|whose|whos)\b|\bwhat(?: i|')?s the name of\b|\bwhat (is|was) the name of\b/iu,
    "who",
  ],
  [
    new RegExp(
      `\\b(which|what) ((?!${LINKING}\\b)[\\p{L}-]+ ){0,2}${nounPattern(nounsOf("person", "organisation", "title"))}\\b`,
      "iu",
    ),
    "which",
  ],
  // "which paper", "which real city": what a reader picks out by "which" is mostly named.
  [/\bwhich\b(?! (is|was|are|were|of)\b)/iu, "which"],
  [/\bwhat\b|\bwhich\b|\bhow\b/iu, "what"],
];

/** Alternatives matching the nouns and their plurals ("company", "companies"). */
function nounPattern(nouns: readonly string[]): string {
  const forms = nouns.map((n) => (n.endsWith("y") ? `${n.slice(0, -1)}(?:y|ies)` : `${n}(?:e?s)?`));
  return `(?:${forms.join("|")})`;
}

/** Words that may open a question, or a clause inside one. */
const WH = /\b(?:what|whats|which|who|whom|whose|whos|how|why|when|where)\b/giu;

/**
 * What may follow a "when" or "where" that asks: an auxiliary or modal ("when did…"), or
 * another question word ("when and where…"); "when violence is used" opens a clause.
 */
const ASKING_NEXT =
  /^\s*(?:do|does|did|is|was|are|were|has|have|had|will|would|can|could|should|shall|may|might|must|and|or)\b/iu;

/**
 * The kind of fact a question asks for and the phrase that says so (not content), or null
 * when no question phrase is found. Only one question word asks: the first, past any "when"
 * or "where" opening a clause that another question word follows ("when violence is used,
 * what is it called?"). The others open clauses of the question ("what company did he
 * join when he left…", "what is the process in which cells move…", "what did the man who
 * founded it say"). Measured on SQuAD, whose questions often carry such a clause: read as
 * "when", the check for a date refused 66 held-out answers that held the gold.
 */
export function questionKind(question: string): {
  kind: QuestionKind;
  phrase: { start: number; end: number } | null;
} {
  const read = withoutClauseWords(question);
  for (const [pattern, kind] of KIND_PATTERNS) {
    const match = pattern.exec(read);
    if (match) return { kind, phrase: { start: match.index, end: match.index + match[0].length } };
  }
  return { kind: "other", phrase: null };
}

/** The question with every question word but the one that asks blanked (positions kept). */
function withoutClauseWords(question: string): string {
  const words = [...question.matchAll(WH)];
  const opensClause = (m: RegExpExecArray, i: number): boolean =>
    i < words.length - 1 &&
    /^(?:when|where)$/iu.test(m[0]) &&
    !ASKING_NEXT.test(question.slice(m.index + m[0].length));
  const asking = words.findIndex((m, i) => !opensClause(m, i));
  let read = question;
  words.forEach((m, i) => {
    if (i === asking) return;
    read = `${read.slice(0, m.index)}${" ".repeat(m[0].length)}${read.slice(m.index + m[0].length)}`;
  });
  return read;
}
