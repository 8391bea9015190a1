/**
 * What every dev-question script under `bench/ask/` starts from: the BBC dev questions, the
 * knowledge of all BBC articles, the near-copies of each gold article (a citation of a copy
 * counts, as the questions README says) and the question read as `/ask` reads it.
 */
import { traceAsk } from "../../src/answer/ask.js";
import { cleanQuestion } from "../../src/answer/cleanQuestion.js";
import type { RankedCandidate } from "../../src/answer/rankSentences.js";
import { preloadRelatedTerms } from "../../src/answer/relatedTerms.js";
import {
  understandQuestion,
  type UnderstoodQuestion,
} from "../../src/answer/understandQuestion.js";
import type { Article } from "../../src/corpus/types.js";
import type { Knowledge } from "../../src/knowledge/knowledge.js";
import { bbcKnowledge } from "../lib/bbcKnowledge.js";
import {
  readBbcQuestions,
  type AnswerableQuestion,
  type BbcQuestions,
} from "../lib/bbcQuestions.js";
import { devHalf, type Half } from "./devSplit.js";
import { allowedArticles, candidateHoldsFact } from "./judgeAnswer.js";
import { nearCopies } from "./nearCopies.js";

export interface DevBench {
  readonly questions: BbcQuestions;
  readonly articles: readonly Article[];
  readonly knowledge: Knowledge;
  /** For each gold article, its near-verbatim copies (see `nearCopies`). */
  readonly copies: Map<string, Set<string>>;
  /** A question cleaned and understood as `/ask` does it. */
  readonly understood: (question: string) => UnderstoodQuestion;
}

/**
 * Loads the dev bench for the script `name`, or says the script is skipped and returns null
 * when the dev questions are absent.
 */
export function openDevBench(name: string): DevBench | null {
  const questions = readBbcQuestions();
  if (!questions) {
    console.log(`${name}: skipped, no dev questions`);
    return null;
  }
  preloadRelatedTerms();
  const { articles, knowledge } = bbcKnowledge();
  const gold = questions.answerable.flatMap((q) => [q.file, ...q.also]);
  const copies = nearCopies(articles, new Set(gold.map((f) => f.replace(/\.txt$/u, ""))));
  const understood = (question: string): UnderstoodQuestion =>
    understandQuestion(cleanQuestion(question, knowledge.stats).text, knowledge.stats);
  return { questions, articles, knowledge, copies, understood };
}

/** One dev question with the candidates `/ask` ranked for it, for a script to re-rank. */
export interface DevCase {
  readonly q: string;
  readonly half: Half;
  readonly answerable: boolean;
  readonly question: UnderstoodQuestion;
  readonly candidates: readonly RankedCandidate[];
  /** Per candidate: it (or the neighbour its answer sits in) holds the fact, in an allowed article. */
  readonly good: readonly boolean[];
  /** The dev question and the articles whose citation counts (answerable questions). */
  readonly judged?: { readonly q: AnswerableQuestion; readonly allowed: ReadonlySet<string> };
}

/** Every dev question, answerable and near-miss, with `/ask`'s ranked candidates. */
export function devCases(bench: DevBench): DevCase[] {
  const { questions, knowledge, copies, understood } = bench;
  const answerable = questions.answerable.map((q): DevCase => {
    const { ranked } = traceAsk(knowledge, q.q);
    const allowed = allowedArticles(q, copies);
    return {
      q: q.q,
      half: devHalf(q.file),
      answerable: true,
      question: understood(q.q),
      candidates: ranked,
      good: ranked.map((c) => candidateHoldsFact(c, q, allowed)),
      judged: { q, allowed },
    };
  });
  const nearMisses = questions.outOfCorpus.map((q): DevCase => {
    const { ranked } = traceAsk(knowledge, q);
    return {
      q,
      half: devHalf(q),
      answerable: false,
      question: understood(q),
      candidates: ranked,
      good: ranked.map(() => false),
    };
  });
  return [...answerable, ...nearMisses];
}

/** ROC AUC: the chance a positive scores above a negative, ties counting half; NaN if either is empty. */
export function rocAuc(positives: readonly number[], negatives: readonly number[]): number {
  if (positives.length * negatives.length === 0) return NaN;
  let sum = 0;
  for (const p of positives) for (const n of negatives) sum += p > n ? 1 : p === n ? 0.5 : 0;
  return sum / (positives.length * negatives.length);
}
