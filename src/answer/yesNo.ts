/**
 * The short answer to a yes-or-no question ("did the bank of england raise interest rates"):
 * "Yes" when the best cited sentence states the question's own claim, every word of it, in one
 * clause, neither denied nor foretold: "Yes: raised interest rates five times between November
 * 2003 and August last year". Nothing otherwise: a sentence that does not state the claim is no
 * "No", and a claim stated only by piecing sentences together ("raised…"; "held at 4.75%") is
 * no "Yes — to 4.75%".
 */
import type { Span } from "../corpus/types.js";
import { verbFormTest } from "../text/irregular.js";
import { termOf, tokenize } from "../text/tokens.js";
import { asksDone, hedges } from "./foretold.js";
import { splitClauses } from "./splitClauses.js";
import type { UnderstoodQuestion } from "./understandQuestion.js";

/** A question answered by yes or no: it opens with an auxiliary, and offers no "or". */
const YES_NO =
  /^\s*(?:did|does|do|is|was|are|were|has|have|had|can|could|will|would|should)\b(?!.*\bor\b)/iu;
/** A past form or participle: the claim's verb. */
const isVerbForm = verbFormTest(["ed", "en"]);
/** Words that deny a claim. */
const DENIED = /\b(?:not|never|no|n['’]t|denied|denies|deny|rejected|refused)\b|n['’]t\b/iu;

/**
 * The span of `sentence` that affirms the yes-or-no `question`, from the first question word
 * in its clause shaped as a verb ("raised"; failing one, its first question word) to the
 * clause's end; undefined when the question asks no yes or no, or the sentence does not state
 * the claim.
 */
export function affirms(question: UnderstoodQuestion, sentence: string): Span | undefined {
  if (question.kind !== "other" || !YES_NO.test(question.text) || question.terms.length === 0)
    return undefined;
  const wanted = new Set(question.terms.map((t) => t.term));
  const tokens = tokenize(sentence);
  // Whether the question asks what was done: read once, at the first clause that needs it.
  let done: boolean | undefined;
  for (const clause of splitClauses(sentence)) {
    const text = sentence.slice(clause.start, clause.end);
    if (DENIED.test(text) || ((done ??= asksDone(question.text)) && hedges(text))) continue;
    const inside = tokens.filter((t) => t.start >= clause.start && t.start < clause.end);
    const held = inside.filter((t) => wanted.has(termOf(t.word) ?? ""));
    if (new Set(held.map((t) => termOf(t.word))).size < wanted.size) continue;
    const from = held.find((t) => isVerbForm(t.word)) ?? held[0]!;
    // The sentence's full stop is no part of the claim.
    return { start: from.start, end: clause.start + text.replace(/[.!?]+\s*$/u, "").length };
  }
  return undefined;
}
