/**
 * Measures one scale in a process of its own, so heap figures are not polluted by the parent:
 * `node --expose-gc --import tsx bench/scale/worker.ts <scale> <squad questions> <on-topic
 * timings>`. Prints one JSON
 * line (a {@link ScaleResult}) on standard output; progress goes to standard error.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ask } from "../../src/answer/ask.js";
import type { Knowledge } from "../../src/knowledge/knowledge.js";
import { knowledgeFromArticles } from "../../src/knowledge/buildKnowledge.js";
import { knowledgeFromSnapshot, snapshotOf } from "../../src/knowledge/knowledgeSnapshot.js";
import { readSnapshot, writeSnapshot } from "../../src/search/snapshot.js";
import { RANKING } from "../../src/answer/rankSentences.js";
import { SQUAD_FILE } from "../lib/benchPaths.js";
import { summarize, timed } from "../lib/percentiles.js";
import { readSquad, sampleQuestions } from "../retrieval/squad.js";
import { onTopicQuestions } from "./onTopicQuestions.js";
import { SCALES, scaleArticles, type Scale } from "./scaleCorpora.js";
import { timeQuestions } from "./timeQuestions.js";
import type { ScaleResult } from "./scaleResult.js";

const WARM_UP = 100;
/** Raw MiniSearch search takes up to 200 ms a question at BBC×10: it is timed on fewer. */
const RAW_SEARCH_QUESTIONS = 1000;

const [scaleArg, sizeArg, onTopicArg] = process.argv.slice(2);
const scale = SCALES.find((s) => s === scaleArg);
if (!scale)
  throw new Error(`scale: unknown scale "${scaleArg ?? ""}" (one of ${SCALES.join(", ")})`);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("scale: run with node --expose-gc");

const collect = (): void => {
  gc();
  gc();
};
const heapMb = (): number => {
  collect();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

process.stdout.write(
  `${JSON.stringify(await measure(scale, Number(sizeArg ?? 2000), Number(onTopicArg ?? 1000)))}\n`,
);

async function measure(
  scale: Scale,
  size: number,
  onTopicTimings: number,
): Promise<ScaleResult | null> {
  const loadStarted = performance.now();
  const articles = await scaleArticles(scale);
  const loadMs = performance.now() - loadStarted;
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
  const sets = onTopicQuestions(scale, knowledge, onTopicTimings);
  for (const q of sets.flatMap((s) => s.questions).slice(0, WARM_UP)) ask(knowledge, q.question);
  for (const q of questions.slice(0, WARM_UP)) ask(knowledge, q);
  // The questions users ask first: on-topic ones, which retrieve and rank in full.
  const onTopic = sets.map((set) => timeQuestions(knowledge, set, onTopicTimings, collect));
  for (const row of onTopic)
    process.stderr.write(
      `scale: ${scale} ${row.set}: p99 ${row.ask.p99.toFixed(2)} ms, recall ${row.recall.toFixed(3)}\n`,
    );
  // `/ask` first, from a collected heap, as a running bot meets it; then raw search, whose
  // garbage would otherwise be collected during the `/ask` timings.
  collect();
  let abstained = 0;
  const askMs = questions.map((q) => {
    const { value, ms } = timed(() => ask(knowledge, q));
    if (value.abstained) abstained++;
    return ms;
  });
  collect();
  const searchMs = questions
    .slice(0, RAW_SEARCH_QUESTIONS)
    .map((q) => timed(() => knowledge.index.search(q, RANKING.passages)).ms);
  return {
    scale,
    articles: articles.length,
    passages: knowledge.passages.length,
    loadMs,
    buildMs: build.ms,
    heapBeforeMb: heapBefore,
    heapAfterMb: heapAfter,
    knowledgeHeapMb: heapAfter - heapBefore,
    questions: questions.length,
    search: questions.length > 0 ? summarize(searchMs) : null,
    ask: questions.length > 0 ? summarize(askMs) : null,
    askAbstained: questions.length > 0 ? abstained / questions.length : null,
    onTopic,
    persisted: await persisted(knowledge),
  };
}

/**
 * The persisted snapshot's size, and the time to start from it: read and parse the file, load
 * the index and statistics, rebuild the passages with their kept terms.
 */
async function persisted(knowledge: Knowledge): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "newsdesk-bench-"));
  try {
    // Snapshot keys are hex digests (a file named otherwise is not a snapshot): any will do here.
    const key = "be7c4";
    const { snapshot, extras } = snapshotOf(knowledge, key);
    const { bytes } = await writeSnapshot(dir, snapshot, extras);
    const started = performance.now();
    const read = await readSnapshot(dir, key, (reason) => {
      throw new Error(`bench snapshot unreadable: ${reason}`);
    });
    if (!read) throw new Error(`bench snapshot not found in ${dir}`);
    knowledgeFromSnapshot(read, dir);
    return `${(bytes / 2 ** 20).toFixed(1)} MB / ${(performance.now() - started).toFixed(0)} ms`;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
