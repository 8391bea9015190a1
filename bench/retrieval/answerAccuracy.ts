import { ask } from "../../src/answer/ask.js";
import type { Knowledge } from "../../src/knowledge/knowledge.js";
import { containsAnswer } from "./normalizeAnswer.js";
import { SLICES, type SquadQuestion } from "./squad.js";
import { squadArticleId } from "./squadKnowledge.js";

/** How `ask` did on one slice of SQuAD questions. */
export interface AnswerAccuracy {
  readonly slice: string;
  readonly questions: number;
  /** Share of all questions whose answer sentences hold a gold answer. */
  readonly accuracy: number;
  readonly abstained: number;
  /** Share of the answered questions whose sentences hold a gold answer. */
  readonly accuracyWhenAnswered: number;
  /** Share of all questions whose answer cites the gold paragraph. */
  readonly citesGold: number;
}

interface Outcome {
  readonly question: SquadQuestion;
  readonly abstained: boolean;
  readonly correct: boolean;
  readonly citesGold: boolean;
}

/**
 * Asks every question and checks whether a gold answer text (normalised as SQuAD does) is inside
 * the sentences `ask` returns, per slice.
 */
export function answerAccuracy(
  knowledge: Knowledge,
  questions: readonly SquadQuestion[],
): AnswerAccuracy[] {
  const outcomes: Outcome[] = questions.map((question) => {
    const result = ask(knowledge, question.question);
    const text = result.sentences.map((s) => s.text).join(" ");
    const gold = squadArticleId(question.paragraph);
    return {
      question,
      abstained: result.abstained,
      correct: !result.abstained && containsAnswer(text, question.answers),
      citesGold: result.citations.some((c) => c.articleId === gold),
    };
  });
  return SLICES.map((slice) => {
    const mine = outcomes.filter((o) => slice.includes(o.question));
    const n = mine.length || 1;
    const answered = mine.filter((o) => !o.abstained);
    const correct = mine.filter((o) => o.correct).length;
    return {
      slice: slice.name,
      questions: mine.length,
      accuracy: correct / n,
      abstained: (mine.length - answered.length) / n,
      accuracyWhenAnswered: correct / (answered.length || 1),
      citesGold: mine.filter((o) => o.citesGold).length / n,
    };
  });
}
