import { ask } from "../../src/answer/ask.js";
import { RANKING } from "../../src/answer/rankSentences.js";
import type { Knowledge } from "../../src/knowledge/knowledge.js";
import { retrieve } from "../../src/search/retrieve.js";
import { summarize, timed, type Latency } from "../lib/percentiles.js";
import { originalId, type QuestionSet, type TimedQuestion } from "./onTopicQuestions.js";

/** One set's `/ask` latency, abstentions and recall at one scale. */
export interface QuestionSetTiming {
  readonly set: string;
  readonly questions: number;
  /** Timings taken: the set is asked over again until there are enough for a p99. */
  readonly timed: number;
  readonly ask: Latency;
  /** Questions `ask` abstained on (first pass). */
  readonly abstained: number;
  /** Questions some article answers, the base of {@link recall}. */
  readonly answerable: number;
  /**
   * Share of the answerable questions with an answering article (or a copy of one, or for a
   * question drawn from a sentence, a passage holding that sentence) among the passages `ask`
   * reads (the top {@link RANKING.passages}).
   */
  readonly recall: number;
}

/**
 * Times `ask` over a question set from a collected heap, then checks its recall. Each
 * question is asked at least once and the set repeated until `minTimings` timings are taken.
 */
export function timeQuestions(
  knowledge: Knowledge,
  set: QuestionSet,
  minTimings: number,
  collect: () => void,
): QuestionSetTiming {
  const { questions } = set;
  const passes = Math.max(1, Math.ceil(minTimings / Math.max(1, questions.length)));
  collect();
  let abstained = 0;
  const ms: number[] = [];
  for (let pass = 0; pass < passes; pass++)
    for (const q of questions) {
      const run = timed(() => ask(knowledge, q.question));
      ms.push(run.ms);
      if (pass === 0 && run.value.abstained) abstained++;
    }
  const answerable = questions.filter((q) => q.sources.length > 0);
  const found = answerable.filter((q) => answers(knowledge, q)).length;
  return {
    set: set.name,
    questions: questions.length,
    timed: ms.length,
    ask: summarize(ms),
    abstained,
    answerable: answerable.length,
    recall: answerable.length > 0 ? found / answerable.length : NaN,
  };
}

/** Whether the passages `ask` reads for `q` include one that answers it. */
export function answers(knowledge: Knowledge, q: TimedQuestion): boolean {
  return retrieve(knowledge, q.question, RANKING.passages).some(
    (hit) =>
      q.sources.includes(originalId(hit.passage.articleId)) ||
      (q.sentence !== undefined && hit.passage.text.includes(q.sentence)),
  );
}
