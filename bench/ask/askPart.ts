import { existsSync } from "node:fs";
import { ask } from "../../src/answer/ask.js";
import { preloadRelatedTerms } from "../../src/answer/relatedTerms.js";
import type { BenchContext } from "../lib/benchPart.js";
import { BBC_FILE } from "../lib/benchPaths.js";
import { BBC_QUESTIONS_FILE, readBbcQuestions } from "../lib/bbcQuestions.js";
import { summarize } from "../lib/percentiles.js";
import { bbcKnowledge } from "../lib/bbcKnowledge.js";
import { devHalf } from "./devSplit.js";
import { scoreDev, type DevOutcome } from "./scoreDev.js";
import { printDevTables } from "./devTables.js";
import { lowOverlapCase, printLowOverlap } from "./lowOverlap.js";
import { bandOf } from "./scoreDev.js";

/** The ask part's results: every question's outcome, and the time `ask` took. */
export interface AskDevResults {
  readonly outcomes: readonly DevOutcome[];
  /** The first pass over the questions. */
  readonly latency: ReturnType<typeof summarize>;
  /** A second pass, once the code is compiled and caches are filled. */
  readonly warm: ReturnType<typeof summarize>;
}

/**
 * The BBC News dev questions asked of all 2,225 BBC articles, judged as the questions README
 * says, on the tune and the check half (split by article) separately.
 */
export async function askDevPart(ctx: BenchContext): Promise<AskDevResults | null> {
  const questions = readBbcQuestions();
  if (!questions || !existsSync(BBC_FILE)) {
    ctx.log(`ask: skipped, no data at ${BBC_QUESTIONS_FILE} or ${BBC_FILE}`);
    return null;
  }
  const { articles, knowledge } = bbcKnowledge();
  preloadRelatedTerms(); // as start-up does: no question waits for WordNet's index
  ctx.log(`ask: ${questions.answerable.length + questions.outOfCorpus.length} dev questions`);
  const { outcomes, timings } = scoreDev(knowledge, articles, questions, devHalf);
  printDevTables(ctx, outcomes);
  // The paraphrased questions of the tune half only: the check half stays unread.
  const low = questions.answerable
    .filter((q) => devHalf(q.file) === "tune" && bandOf(q.overlap) === "low")
    .flatMap((q) => lowOverlapCase(knowledge, q) ?? []);
  printLowOverlap(ctx.print, low, ctx.log);
  const latency = summarize(timings);
  // The first pass pays for compiling the code and filling caches, as a bot's first minutes
  // do; a second pass is what it costs from then on.
  const warm = summarize(
    [...questions.answerable.map((q) => q.q), ...questions.outOfCorpus].map((q) => {
      const start = process.cpuUsage();
      ask(knowledge, q);
      const used = process.cpuUsage(start);
      return (used.user + used.system) / 1000;
    }),
  );
  ctx.print(
    `\n/ask on the dev questions at BBC size, CPU time: first pass mean ${latency.mean.toFixed(2)} ms, p99 ${latency.p99.toFixed(2)} ms; second pass mean ${warm.mean.toFixed(2)} ms, p99 ${warm.p99.toFixed(2)} ms`,
  );
  return { outcomes, latency, warm };
}
