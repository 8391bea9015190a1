import { traceAsk as engineTrace } from "../../src/answer/ask.js";
import type { Knowledge } from "../../src/knowledge/knowledge.js";

/** One question followed through the engine's stages, for the stage breakdown. */
export interface AskTrace {
  readonly abstained: boolean;
  /** The short answer, when there is one. */
  readonly short: string | null;
  /** The cited sentences, joined (or, when abstaining, nothing). */
  readonly sentences: string;
  readonly cited: readonly string[];
  /** Articles of the retrieved passages, best first. */
  readonly retrieved: readonly string[];
  /** Candidate sentences the engine chose among, with their articles. */
  readonly candidates: readonly { readonly articleId: string; readonly text: string }[];
}

/** Asks `question` and records what each stage saw. */
export function traceAsk(knowledge: Knowledge, question: string): AskTrace {
  const { result, hits, ranked } = engineTrace(knowledge, question);
  return {
    abstained: result.abstained,
    short: result.short?.text ?? null,
    sentences: result.sentences.map((s) => s.text).join(" "),
    cited: result.citations.map((c) => c.articleId),
    retrieved: hits.map((h) => h.passage.articleId),
    candidates: ranked.map((c) => ({ articleId: c.passage.articleId, text: c.sentence.text })),
  };
}
