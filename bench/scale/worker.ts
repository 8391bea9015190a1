/**
 * Measures one scale in a process of its own, so heap figures are not polluted by the parent:
 * `node --expose-gc --import tsx bench/scale/worker.ts <scale> <questions>`. Prints one JSON
 * line (a {@link ScaleResult}) on standard output; progress goes to standard error.
 */
import { ask } from "../../src/answer/ask.js";
import { RANKING } from "../../src/answer/rankSentences.js";
import { knowledgeFromArticles } from "../../src/buildKnowledge.js";
import { SQUAD_FILE } from "../lib/benchPaths.js";
import { summarize, timed } from "../lib/percentiles.js";
import { readSquad, sampleQuestions } from "../retrieval/squad.js";
import { SCALES, scaleArticles, type Scale } from "./scaleCorpora.js";
import type { ScaleResult } from "./scaleResult.js";

const WARM_UP = 100;

const [scaleArg, sizeArg] = process.argv.slice(2);
const scale = SCALES.find((s) => s === scaleArg);
if (!scale)
  throw new Error(`scale: unknown scale "${scaleArg ?? ""}" (one of ${SCALES.join(", ")})`);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("scale: run with node --expose-gc");

const heapMb = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

process.stdout.write(`${JSON.stringify(await measure(scale, Number(sizeArg ?? 2000)))}\n`);

async function measure(scale: Scale, size: number): Promise<ScaleResult | null> {
  const loaded = timed(() => scaleArticles(scale));
  const articles = await loaded.value;
  if (!articles) return null;
  const heapBefore = heapMb();
  const build = timed(() =>
    knowledgeFromArticles(articles, { directory: scale, cleaning: [], problems: [], warnings: [] }),
  );
  const knowledge = build.value;
  const heapAfter = heapMb();
  process.stderr.write(
    `scale: ${scale} built (${knowledge.passages.length} passages, ${build.ms.toFixed(0)} ms)\n`,
  );
  const squad = readSquad(SQUAD_FILE);
  const questions = squad ? sampleQuestions(squad.questions, size).map((q) => q.question) : [];
  for (const q of questions.slice(0, WARM_UP)) ask(knowledge, q);
  const searchMs = questions.map(
    (q) => timed(() => knowledge.index.search(q, RANKING.passages)).ms,
  );
  let abstained = 0;
  const askMs = questions.map((q) => {
    const { value, ms } = timed(() => ask(knowledge, q));
    if (value.abstained) abstained++;
    return ms;
  });
  return {
    scale,
    articles: articles.length,
    passages: knowledge.passages.length,
    loadMs: loaded.ms,
    buildMs: build.ms,
    heapBeforeMb: heapBefore,
    heapAfterMb: heapAfter,
    knowledgeHeapMb: heapAfter - heapBefore,
    questions: questions.length,
    search: questions.length > 0 ? summarize(searchMs) : null,
    ask: questions.length > 0 ? summarize(askMs) : null,
    askAbstained: questions.length > 0 ? abstained / questions.length : null,
    persisted: "n/a (not yet persisted)",
  };
}
