import { flexSearchSpec } from "./engines/flexSearch.js";
import { lunrSpec } from "./engines/lunr.js";
import { miniSearchSpec } from "./engines/miniSearch.js";
import type { NewsdeskSpec } from "./engines/newsdesk.js";
import { oramaSpec } from "./engines/orama.js";
import { winkBm25Spec } from "./engines/winkBm25.js";
import { rankMetrics, type RankMetrics } from "./rankMetrics.js";
import type { RetrieverSpec } from "./retriever.js";
import { SLICES, type Squad, type SquadQuestion } from "./squad.js";

/** One engine's SQuAD retrieval figures. */
export interface EngineResult {
  readonly engine: string;
  readonly config: string;
  readonly buildMs: number;
  /** Mean wall time per query, ms. */
  readonly queryMs: number;
  readonly slices: Readonly<Record<string, RankMetrics>>;
  readonly error?: string;
}

/** The engines compared, Newsdesk first. */
export function retrievalSpecs(newsdesk: NewsdeskSpec): RetrieverSpec[] {
  return [
    newsdesk,
    miniSearchSpec,
    lunrSpec,
    flexSearchSpec(false),
    flexSearchSpec(true),
    oramaSpec,
    winkBm25Spec,
  ];
}

/**
 * Builds each engine over every SQuAD paragraph and runs `questions` against it, scoring the
 * rank of each question's own paragraph. An engine that throws is reported, not fatal.
 */
export async function runRetrieval(
  squad: Squad,
  questions: readonly SquadQuestion[],
  specs: readonly RetrieverSpec[],
  log: (line: string) => void,
): Promise<EngineResult[]> {
  const results: EngineResult[] = [];
  for (const spec of specs) {
    try {
      const buildStart = performance.now();
      const retriever = await spec.build(squad.paragraphs);
      const buildMs = performance.now() - buildStart;
      const ranks: (number | null)[] = [];
      const queryStart = performance.now();
      for (const q of questions) {
        const found = await retriever.search(q.question, 20);
        const at = found.indexOf(q.paragraph);
        ranks.push(at < 0 ? null : at + 1);
      }
      const queryMs = (performance.now() - queryStart) / (questions.length || 1);
      const slices: Record<string, RankMetrics> = {};
      for (const slice of SLICES) {
        slices[slice.name] = rankMetrics(ranks.filter((_, i) => slice.includes(questions[i]!)));
      }
      results.push({ engine: spec.name, config: spec.config, buildMs, queryMs, slices });
      log(
        `retrieval: ${spec.name} done (build ${buildMs.toFixed(0)} ms, ${queryMs.toFixed(2)} ms/query)`,
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`retrieval: ${spec.name} failed: ${message}`);
      const empty = rankMetrics([]);
      const slices = Object.fromEntries(SLICES.map((s) => [s.name, empty]));
      results.push({
        engine: spec.name,
        config: spec.config,
        buildMs: NaN,
        queryMs: NaN,
        slices,
        error: message,
      });
    }
  }
  return results;
}
