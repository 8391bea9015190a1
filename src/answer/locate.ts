import type { Sentence } from "../corpus/types.js";
import type { Knowledge } from "../knowledge/knowledge.js";
import type { Located } from "./candidates.js";

/**
 * A paragraph's sentence, re-expressed relative to the passage that holds it, for citing: the
 * sentence a candidate's neighbour or a trailing quote is read from.
 */
export function locate(
  knowledge: Knowledge,
  articleId: string,
  paragraph: number,
  sentence: Sentence,
): Located | undefined {
  const passage = knowledge.passageAt(articleId, paragraph, sentence.start);
  if (!passage) return undefined;
  return {
    passage,
    sentence: {
      ...sentence,
      start: sentence.start - passage.offset,
      end: sentence.end - passage.offset,
    },
  };
}
