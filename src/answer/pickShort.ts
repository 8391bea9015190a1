import type { Span } from "../corpus/types.js";
import { tokenize } from "../text/tokens.js";
import { anchorsOf, tieOf, tokensIn } from "./answerProximity.js";
import type { QuestionKind } from "./understandQuestion.js";

/** Words that make a run of capitals an organisation, title or event, not a person. */
const NOT_PERSON =
  /\b(?:Awards?|Association|Bank|Centre|Center|Championships?|Club|Company|Council|Cup|Festival|Games|Group|Inc|League|Ltd|Ministry|Open|Party|plc|Prize|Society|TV|Union|University)\b/u;
/** A person's name: two to four capitalised words, an initial allowed. */
const PERSON =
  /^(?:(?:Mr|Mrs|Ms|Dr|Sir)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3}$/u;

/**
 * The span among `answers` (answer spans of the asked kind in `text`) that best states the
 * fact asked for: tied closely to the question's words (`wanted`, by term); bringing nothing
 * the question already names (a name sharing a question word is its subject, not its answer);
 * shaped as the kind asks (a person for who, a count of the asked thing for how many, a
 * figure rather than a number word). Ties go to the earlier span.
 */
export function pickShort(
  kind: QuestionKind,
  text: string,
  answers: readonly Span[],
  wanted: ReadonlySet<string>,
): Span | undefined {
  const tokens = tokenize(text);
  const anchors = anchorsOf(tokens, wanted);
  let best: Span | undefined;
  let bestScore = -Infinity;
  for (const span of answers) {
    const inside = tokensIn(tokens, span);
    const shared = inside.filter((i) => anchors.includes(i)).length;
    const score = tieOf(inside, anchors) + shape(kind, text.slice(span.start, span.end), shared);
    if (score > bestScore) [best, bestScore] = [span, score];
  }
  return best;
}

/** What the span's form (`shared`: its words the question holds) says of it as a `kind` answer. */
function shape(kind: QuestionKind, value: string, shared: number): number {
  switch (kind) {
    case "who":
      return -shared + (PERSON.test(value) && !NOT_PERSON.test(value) ? 0.5 : 0);
    case "which":
    case "where":
    case "when":
      return -shared;
    case "how-many": {
      // "12,575 net cafes": the count of the thing asked about; a percentage is no count.
      const figure = /\d/u.test(value) ? 0.3 : 0;
      const percent = /%|per ?cent/iu.test(value) ? -1 : 0;
      return (shared > 0 ? 1 : 0) + figure + percent;
    }
    case "how-much":
      return /\d/u.test(value) ? 0.3 : 0;
    default:
      return 0;
  }
}
