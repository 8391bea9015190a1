import { fixed, formatTable, percent } from "../lib/table.js";
import { SQUAD_FILE } from "../lib/benchPaths.js";
import type { BenchContext } from "../lib/benchPart.js";
import { answerAccuracy, type AnswerAccuracy } from "./answerAccuracy.js";
import { newsdeskSpec } from "./engines/newsdesk.js";
import { runRetrieval, retrievalSpecs, type EngineResult } from "./runRetrieval.js";
import { readSquad, sampleQuestions, SLICES } from "./squad.js";
import { squadKnowledge } from "./squadKnowledge.js";

/** Questions used with `--quick` (the full run asks all 10,570). */
const QUICK_QUESTIONS = 1500;

/** The retrieval part's results. */
export interface RetrievalResults {
  readonly paragraphs: number;
  readonly passages: number;
  readonly questions: number;
  readonly engines: readonly EngineResult[];
  readonly answers: readonly AnswerAccuracy[];
}

/**
 * SQuAD v1.1 dev: every paragraph a document, every question a query whose gold document is its
 * paragraph. Ranks Newsdesk against the other libraries and checks `ask`'s answers.
 */
export async function retrievalPart(ctx: BenchContext): Promise<RetrievalResults | null> {
  const squad = readSquad(SQUAD_FILE);
  if (!squad) {
    ctx.log(`retrieval: skipped, no data at ${SQUAD_FILE}`);
    return null;
  }
  const questions = ctx.quick ? sampleQuestions(squad.questions, QUICK_QUESTIONS) : squad.questions;
  ctx.log(
    `retrieval: ${squad.paragraphs.length} paragraphs, ${questions.length} of ${squad.questions.length} questions`,
  );
  const newsdesk = newsdeskSpec();
  const engines = await runRetrieval(squad, questions, retrievalSpecs(newsdesk), ctx.log);
  const knowledge = newsdesk.knowledge() ?? squadKnowledge(squad.paragraphs);
  for (const slice of SLICES) {
    const queries = engines[0]?.slices[slice.name]?.queries ?? 0;
    ctx.print(
      formatTable(
        [
          { header: "engine", cell: (e: EngineResult) => e.engine },
          { header: "R@1", cell: (e) => metric(e, slice.name, "r1") },
          { header: "R@5", cell: (e) => metric(e, slice.name, "r5") },
          { header: "R@20", cell: (e) => metric(e, slice.name, "r20") },
          { header: "MRR@10", cell: (e) => metric(e, slice.name, "mrr10") },
          { header: "build ms", cell: (e) => fixed(0)(e.buildMs), align: "right" },
          { header: "ms/query", cell: (e) => fixed(2)(e.queryMs), align: "right" },
        ],
        engines,
        `\nSQuAD v1.1 dev retrieval — ${slice.name} (${queries} questions, index of all ${squad.paragraphs.length} paragraphs)`,
      ),
    );
  }
  ctx.print(
    `\nconfigurations:\n${engines.map((e) => `  ${e.engine}: ${e.config}${e.error ? ` — FAILED: ${e.error}` : ""}`).join("\n")}`,
  );
  ctx.log("retrieval: asking every question…");
  const start = performance.now();
  const answers = answerAccuracy(knowledge, questions);
  const askMs = (performance.now() - start) / (questions.length || 1);
  ctx.print(
    formatTable(
      [
        { header: "slice", cell: (a: AnswerAccuracy) => a.slice },
        { header: "questions", cell: (a) => a.questions },
        { header: "gold answer in answer", cell: (a) => percent(a.accuracy), align: "right" },
        { header: "abstained", cell: (a) => percent(a.abstained), align: "right" },
        {
          header: "gold when answered",
          cell: (a) => percent(a.accuracyWhenAnswered),
          align: "right",
        },
        { header: "cites gold paragraph", cell: (a) => percent(a.citesGold), align: "right" },
      ],
      answers,
      `\nSQuAD answer accuracy of ask (normalised gold answer text inside the returned sentences; ${askMs.toFixed(2)} ms/question)`,
    ),
  );
  return {
    paragraphs: squad.paragraphs.length,
    passages: knowledge.passages.length,
    questions: questions.length,
    engines,
    answers,
  };
}

function metric(e: EngineResult, slice: string, key: "r1" | "r5" | "r20" | "mrr10"): string {
  if (e.error !== undefined) return "error";
  const value = e.slices[slice]?.[key];
  return value === undefined ? "" : value.toFixed(3);
}
