import type { Article } from "../../src/corpus/types.js";
import type { Knowledge } from "../../src/knowledge/knowledge.js";
import type { BbcQuestions, QuestionKind } from "../lib/bbcQuestions.js";
import type { Half } from "./devSplit.js";
import { allowedArticles, judgeAnswer, statesFact, type Verdict } from "./judgeAnswer.js";
import { nearCopies } from "./nearCopies.js";
import { traceAsk } from "./traceAsk.js";

/** The questions README's overlap bands. */
export type OverlapBand = "low" | "mid" | "high";

/** Which stages a question got through (answerable questions only). */
export interface StageReach {
  /** A passage of an allowed article was retrieved. */
  readonly retrieved: boolean;
  /** A candidate sentence of an allowed article holds the fact. */
  readonly candidate: boolean;
  /** The cited sentences hold the fact and cite an allowed article. */
  readonly chosen: boolean;
  /** The short answer holds the fact. */
  readonly stated: boolean;
  /** A short answer was shown. */
  readonly shown: boolean;
}

/** One dev question's outcome. */
export interface DevOutcome {
  readonly q: string;
  readonly half: Half;
  /** Null for out-of-corpus questions. */
  readonly kind: QuestionKind | null;
  readonly band: OverlapBand | null;
  /** Answerable: the verdict; out-of-corpus: "right" when abstained, else "answered". */
  readonly verdict: Verdict | "answered";
  readonly stages: StageReach | null;
  readonly answer: string;
}

/** The overlap band of a README `overlap` value. */
export const bandOf = (overlap: number): OverlapBand =>
  overlap <= 0.335 ? "low" : overlap <= 0.665 ? "mid" : "high";

/** Asks every dev question, judging each and timing `ask` (CPU milliseconds). */
export function scoreDev(
  knowledge: Knowledge,
  articles: readonly Article[],
  questions: BbcQuestions,
  halfOf: (key: string) => Half,
): { outcomes: DevOutcome[]; timings: number[] } {
  const gold = new Set(
    questions.answerable.flatMap((q) => [q.file, ...q.also]).map((f) => f.replace(/\.txt$/u, "")),
  );
  const copies = nearCopies(articles, gold);
  const outcomes: DevOutcome[] = [];
  const timings: number[] = [];
  const timedTrace = (q: string): ReturnType<typeof traceAsk> => {
    // CPU time, not wall time: the bench shares two cores with other work.
    const start = process.cpuUsage();
    const trace = traceAsk(knowledge, q);
    const used = process.cpuUsage(start);
    timings.push((used.user + used.system) / 1000);
    return trace;
  };
  for (const q of questions.answerable) {
    const trace = timedTrace(q.q);
    const allowed = allowedArticles(q, copies);
    const text = [trace.short ?? "", trace.sentences].join(" ");
    const verdict = judgeAnswer(
      { abstained: trace.abstained, text, cited: trace.cited },
      q,
      allowed,
    );
    outcomes.push({
      q: q.q,
      half: halfOf(q.file),
      kind: q.kind,
      band: bandOf(q.overlap),
      verdict,
      stages: {
        retrieved: trace.retrieved.some((id) => allowed.has(id)),
        candidate: trace.candidates.some((c) => allowed.has(c.articleId) && statesFact(c.text, q)),
        chosen:
          !trace.abstained &&
          trace.cited.some((id) => allowed.has(id)) &&
          statesFact(trace.sentences, q),
        stated: !trace.abstained && trace.short !== null && statesFact(trace.short, q),
        shown: !trace.abstained && trace.short !== null,
      },
      answer: trace.abstained ? "(abstained)" : text.trim(),
    });
  }
  for (const q of questions.outOfCorpus) {
    const trace = timedTrace(q);
    outcomes.push({
      q,
      half: halfOf(q),
      kind: null,
      band: null,
      verdict: trace.abstained ? "right" : "answered",
      stages: null,
      answer: trace.abstained ? "(abstained)" : [trace.short ?? "", trace.sentences].join(" "),
    });
  }
  return { outcomes, timings };
}
