import type { Latency } from "../lib/percentiles.js";
import type { QuestionSetTiming } from "./timeQuestions.js";

/** Speed and memory of one scale, as the scale worker reports it. */
export interface ScaleResult {
  readonly scale: string;
  readonly articles: number;
  readonly passages: number;
  /** Reading and cleaning the articles (not part of the build). */
  readonly loadMs: number;
  /** `knowledgeFromArticles`: passages, index, term statistics. */
  readonly buildMs: number;
  /** Heap used (after GC) with the articles loaded, before the build. */
  readonly heapBeforeMb: number;
  /** Heap used (after GC) once the knowledge is built. */
  readonly heapAfterMb: number;
  /** What the knowledge added to the heap. */
  readonly knowledgeHeapMb: number;
  /** SQuAD questions timed (a fixed sample); 0 when SQuAD is absent. */
  readonly questions: number;
  /** Raw `PassageIndex.search` with the limit `ask` uses. */
  readonly search: Latency | null;
  /** `ask` end to end: retrieve, rank sentences, compose. */
  readonly ask: Latency | null;
  readonly askAbstained: number | null;
  /** `ask` over on-topic questions (the scale's own question set, corpus sentences). */
  readonly onTopic: readonly QuestionSetTiming[];
  /** Persisted snapshot size and the time to start from it. */
  readonly persisted: string;
}
