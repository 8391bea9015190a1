import type { Span } from "../corpus/types.js";
import { tokenize } from "../text/tokens.js";
import { anchorsOf, tokensIn } from "./answerProximity.js";
import { shortShape } from "./shortShape.js";
import type { QuestionKind, UnderstoodQuestion } from "./understandQuestion.js";

/** What the worst shape counts for: a span the short answer would never show. */
const WORST = -1;

/**
 * The kinds whose answers' shape counts at choice: names. For amounts it moved more tops to
 * the fact on the tune half (+2) but no answer right, and on the check half it lifted a
 * wage-cut figure over a foretold loss, answering a near-miss ("how much did continental lose
 * in 2005").
 */
const SHAPED: ReadonlySet<QuestionKind> = new Set(["who", "which"]);

/**
 * How well the best of a sentence's answers fits the form a who- or which-question asks for,
 * as the short answer judges it (`shortShape`: a person for "who is the boss", a name of the
 * sort "which company" wants, a name that repeats none of the question's words), from -1 to 1;
 * 0 when the sentence holds no answer, or for other kinds ({@link SHAPED}). The same judgement
 * at choice, so a sentence whose only names are the question's own ("Venus Williams suffered a
 * first-round defeat … at the Dubai Championships" for "who knocked venus out in dubai") does
 * not win on the question's words alone.
 */
export function answerShape(
  question: UnderstoodQuestion,
  text: string,
  answers: readonly Span[],
  wanted: ReadonlySet<string>,
): number {
  if (answers.length === 0 || !SHAPED.has(question.kind)) return 0;
  const tokens = tokenize(text);
  const anchors = new Set(anchorsOf(tokens, wanted));
  let best = WORST;
  for (const span of answers) {
    const shared = tokensIn(tokens, span).filter((i) => anchors.has(i)).length;
    const shape = shortShape(question, text, span, shared, answers);
    best = Math.max(best, Math.min(1, Math.max(WORST, shape)));
  }
  return best;
}
