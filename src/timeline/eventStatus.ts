import { intervalOf } from "./calendar.js";
import { clausesOf } from "./eventText.js";
import type { CalendarDate, EventStatus } from "./types.js";

/**
 * Words that put a clause in the future or make it a forecast, plan or possibility: "will",
 * "is due to", "is expected to", "looks set for", "forecast", "plans to", "could". Lower-case
 * "may" only: "May" is the month.
 */
const EXPECTED_CUE =
  /\b(?:will|won't|shall|would|could|might|(?:is|are|was|were|be|been)\s+(?:due|poised|likely|scheduled|slated)\s+to|set\s+(?:to|for)|(?:is|are)\s+to\b|expect(?:s|ed|ing)?|expectations?|forecast(?:s|ing|ers?)?|predict(?:s|ed|ing|ions?)?|projected|projections?|outlook|plan(?:s|ned|ning)?\s+to|aim(?:s|ing)?\s+to|upcoming|forthcoming)\b|'ll\b|\bmay\b/u;

/** Words that open another clause: a cue beyond them governs another verb. */
const NEXT_CLAUSE =
  /\s(?:that|and|but|while|where|when|which|who|because|after|before|since|as|although|though|if|he|she|it|they|we)\s/u;

/** A clause shorter than this ("In 2004,") is read with the clauses after it: its verb is there. */
const MIN_CLAUSE_CHARS = 40;
/** After the date, only this much is read ("2005 is expected to", "the 2005 forecast"). */
const AFTER_CHARS = 30;

/**
 * Whether the date at `[from, to)` of `sentence` is reported as having happened or as expected.
 * Expected when the date lies after `published` (the article's day, when known), or when a cue
 * of the future, a forecast or a plan governs the date: it stands in the date's clause before
 * the date ("is expected to slow in 2005"), or just after it within the same clause ("2005 will
 * see"); a clause too short to hold its verb ("In 2004, …") is read with the next. A cue in
 * another clause does not count: in "Johnson, who captained England in 2003, will play his final
 * match in June" the 2003 match happened.
 */
export function eventStatus(
  sentence: string,
  from: number,
  to: number,
  date: CalendarDate,
  published: string | null,
): EventStatus {
  if (published !== null && intervalOf(date).first > published) return "expected";
  // "since 1999" points back at a past time, whatever the sentence says about the future.
  if (/\bsince\s+$/iu.test(sentence.slice(Math.max(0, from - 8), from))) return "happened";
  const clauses = clausesOf(sentence);
  const first = clauses.findIndex((c) => c.end > from);
  if (first < 0) return "happened";
  const own = Math.max(
    first,
    clauses.findIndex((c) => c.end >= to),
  );
  let last = own;
  const start = clauses[first]!.start;
  // A short opening clause ("In 2004, …") has its verb in the clauses after it; a short clause
  // inside the sentence ("…, who won in 2003, …") has its own.
  if (first === 0)
    while (last < clauses.length - 1 && clauses[last]!.end - start < MIN_CLAUSE_CHARS) last++;
  const before = sentence.slice(start, from);
  let after = sentence.slice(to, clauses[last]!.end);
  if (last === own) {
    after = after.slice(0, AFTER_CHARS);
    const next = NEXT_CLAUSE.exec(after);
    if (next) after = after.slice(0, next.index);
  }
  return cueStatus(`${before} ${after}`);
}

/** `expected` when `text` holds a cue of the future, a forecast or a plan, else `happened`. */
export function cueStatus(text: string): EventStatus {
  return EXPECTED_CUE.test(text) ? "expected" : "happened";
}
