/**
 * Tunes the short answer's weights (`SHORT` in src/answer/pickShort.ts) on the tune half of the
 * BBC dev questions and reports both halves: `npx tsx bench/ask/tuneShort.ts [--list]`.
 * The sentences chosen are fixed; only which span of them is shown in bold changes. The
 * objective is short answers that state the fact, less half of those that state a wrong one
 * (no short answer is better than a wrong one). `--list` prints each answered question's
 * short answer under the current weights, marked right, wrong or none.
 */
import { traceAsk } from "../../src/answer/ask.js";
import { cleanQuestion } from "../../src/answer/cleanQuestion.js";
import { composeAnswer } from "../../src/answer/composeAnswer.js";
import { SHORT, type ShortWeights } from "../../src/answer/pickShort.js";
import type { RankedCandidate } from "../../src/answer/rankSentences.js";
import { preloadRelatedTerms } from "../../src/answer/relatedTerms.js";
import {
  understandQuestion,
  type UnderstoodQuestion,
} from "../../src/answer/understandQuestion.js";
import type { AnswerableQuestion } from "../lib/bbcQuestions.js";
import { readBbcQuestions } from "../lib/bbcQuestions.js";
import { bbcKnowledge } from "../lib/bbcKnowledge.js";
import { devHalf, type Half } from "./devSplit.js";
import { statesFact } from "./judgeAnswer.js";

interface Case {
  readonly half: Half;
  readonly gold: AnswerableQuestion;
  readonly question: UnderstoodQuestion;
  readonly ranked: readonly RankedCandidate[];
}

const questions = readBbcQuestions();
if (!questions) throw new Error("tune: no dev questions");
const { knowledge } = bbcKnowledge();
preloadRelatedTerms();
const cases: Case[] = [];
for (const q of questions.answerable) {
  const { result, ranked } = traceAsk(knowledge, q.q);
  if (result.abstained) continue;
  const question = understandQuestion(cleanQuestion(q.q, knowledge.stats).text, knowledge.stats);
  cases.push({ half: devHalf(q.file), gold: q, question, ranked });
}

/** Right and wrong short answers on one half under `weights`. */
function score(half: Half, weights: ShortWeights): { right: number; wrong: number } {
  let right = 0;
  let wrong = 0;
  for (const c of cases) {
    if (c.half !== half) continue;
    const short = composeAnswer(knowledge, c.question, c.ranked, weights).short;
    if (short === null) continue;
    if (statesFact(short.text, c.gold)) right++;
    else wrong++;
  }
  return { right, wrong };
}

const objective = (s: { right: number; wrong: number }): number => s.right - 0.5 * s.wrong;
const GRID: Readonly<Record<keyof ShortWeights, readonly number[]>> = {
  later: [0, 0.1, 0.2, 0.3, 0.4, 0.6],
  cover: [0, 0.3, 0.6, 0.9, 1.2],
  hedged: [0, 0.4, 0.8, 1.2],
  minScore: [0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1],
};

let weights: ShortWeights = { ...SHORT };
if (!process.argv.includes("--list")) {
  // Coordinate ascent, two rounds: each weight in turn set to its best grid value.
  for (let round = 0; round < 2; round++)
    for (const key of Object.keys(GRID) as (keyof ShortWeights)[]) {
      let best = weights;
      let bestValue = objective(score("tune", weights));
      for (const value of GRID[key]) {
        const trial = { ...weights, [key]: value };
        const v = objective(score("tune", trial));
        if (v > bestValue) [best, bestValue] = [trial, v];
      }
      weights = best;
    }
}
for (const half of ["tune", "check"] as const) {
  const answered = cases.filter((c) => c.half === half).length;
  const before = score(half, SHORT);
  const after = score(half, weights);
  const line = (s: { right: number; wrong: number }): string =>
    `${s.right} right, ${s.wrong} wrong, ${answered - s.right - s.wrong} none (precision ${((100 * s.right) / Math.max(1, s.right + s.wrong)).toFixed(1)}%)`;
  console.log(`${half}: ${answered} answered; current ${line(before)}; tuned ${line(after)}`);
}
console.log(`tuned weights: ${JSON.stringify(weights)}`);
if (process.argv.includes("--list"))
  for (const c of cases) {
    const short = composeAnswer(knowledge, c.question, c.ranked).short;
    const mark = short === null ? "none " : statesFact(short.text, c.gold) ? "right" : "WRONG";
    console.log(`${mark} ${c.half} ${c.gold.kind}\t${c.gold.q}\t→ ${short?.text ?? ""}`);
  }
