import { ask } from "../../src/answer/ask.js";
import { rankSentences } from "../../src/answer/rankSentences.js";
import type { Knowledge } from "../../src/knowledge.js";

/** One question followed through the engine's stages, for the stage breakdown. */
export interface AskTrace {
  readonly abstained: boolean;
  /** The short answer, when there is one. */
  readonly short: string | null;
  /** The cited sentences, joined. */
  readonly sentences: string;
  readonly cited: readonly string[];
  /** Articles of the retrieved passages, best first. */
  readonly retrieved: readonly string[];
  /** Candidate sentences the engine chose among, with their articles. */
  readonly candidates: readonly { readonly articleId: string; readonly text: string }[];
}

/** Asks `question` and records what each stage saw. */
export function traceAsk(knowledge: Knowledge, question: string): AskTrace {
  const result = ask(knowledge, question);
  const ranking = rankSentences(knowledge, question);
  return {
    abstained: result.abstained,
    short: null,
    sentences: result.sentences.map((s) => s.text).join(" "),
    cited: result.citations.map((c) => c.articleId),
    retrieved: ranking.hits.map((h) => h.passage.articleId),
    candidates: ranking.sentences.map((s) => ({
      articleId: s.passage.articleId,
      text: s.sentence.text,
    })),
  };
}
