/**
 * One step of the start-up bench, in a process of its own so that nothing is warm:
 * `node --import tsx bench/startup/worker.ts <build|prepare|first|second|start> <corpus folder> [cache folder]`.
 * Prints one JSON line on standard output.
 *
 * - `build`: the corpus read, cleaned and indexed without a snapshot (what a first start does
 *   before it extracts events and speakers for the snapshot).
 * - `prepare`: a snapshot written to the cache folder (not timed).
 * - `first`, `second`: start-up as the bot and the console do it (`buildKnowledge`, then the
 *   store that follows the folder opened over it), with no snapshot in the cache folder (which
 *   it then writes) and with one; clock and CPU.
 * - `start`: start-up from that snapshot, step by step (the corpus files stat'ed against the
 *   stamps kept beside the snapshot, and read only when changed), then the first `/ask`, the first
 *   `/quote` and the first `/timeline` as a user meets them right after.
 */
import { ask } from "../../src/answer/ask.js";
import { preloadRelatedTerms } from "../../src/answer/relatedTerms.js";
import { buildKnowledge, knowledgeFromArticles } from "../../src/knowledge/buildKnowledge.js";
import { knowledgeFromSnapshot } from "../../src/knowledge/knowledgeSnapshot.js";
import { KnowledgeStore } from "../../src/knowledge/knowledgeStore.js";
import { readStamps } from "../../src/corpus/corpusStamps.js";
import { parseCorpusFiles, readCorpusFiles } from "../../src/corpus/load.js";
import { scanCorpus } from "../../src/corpus/scanCorpus.js";
import { withoutCopies } from "../../src/corpus/nearDuplicates.js";
import { quote } from "../../src/quotes/quote.js";
import { readSnapshot, snapshotKey } from "../../src/search/snapshot.js";
import { timeline } from "../../src/timeline/timeline.js";

const [mode, corpusDir, cacheDir] = process.argv.slice(2);
if (!corpusDir)
  throw new Error("startup: usage: worker.ts <build|prepare|first|second|start> <corpus> [cache]");

/** Clock and CPU milliseconds of `work`. */
async function measured<T>(
  work: () => T | Promise<T>,
): Promise<{ value: T; ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await work();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

const out = (value: unknown): void => void process.stdout.write(`${JSON.stringify(value)}\n`);

if (mode === "build") {
  const read = await measured(() => readCorpusFiles(corpusDir));
  const parsed = await measured(() => withoutCopies(parseCorpusFiles(read.value)));
  const corpus = parsed.value;
  const index = await measured(() =>
    knowledgeFromArticles(corpus.articles, { directory: corpusDir, ...corpus }),
  );
  out({
    articles: corpus.articles.length,
    passages: index.value.passages.length,
    readMs: read.ms,
    cleanMs: parsed.ms,
    buildMs: index.ms,
    buildCpuMs: index.cpuMs,
  });
} else if (mode === "prepare") {
  if (!cacheDir) throw new Error("startup: prepare needs a cache folder");
  const knowledge = await buildKnowledge(corpusDir, { cacheDir });
  out({ bytes: knowledge.build.snapshot?.bytes ?? 0 });
} else if (mode === "first" || mode === "second") {
  if (!cacheDir) throw new Error(`startup: ${mode} needs a cache folder`);
  const all = await measured(async () => {
    const knowledge = await buildKnowledge(corpusDir, { cacheDir });
    const store = await KnowledgeStore.open(corpusDir, knowledge, undefined, knowledge.build.scan);
    return { knowledge, store };
  });
  if (all.value.knowledge.build.source !== (mode === "first" ? "built" : "snapshot"))
    throw new Error(`startup: ${mode} start came from ${all.value.knowledge.build.source}`);
  out({ ms: all.ms, cpuMs: all.cpuMs });
} else if (mode === "start") {
  if (!cacheDir) throw new Error("startup: start needs a cache folder");
  const all = await measured(async () => {
    // As `buildKnowledge` does: only files whose stamp changed since the snapshot are read.
    const files = await measured(async () =>
      scanCorpus(corpusDir, await readStamps(cacheDir, corpusDir)),
    );
    const key = await measured(() =>
      snapshotKey([...files.value.files].map(([path, s]) => ({ path, digest: s.digest }))),
    );
    const read = await measured(() =>
      readSnapshot(cacheDir, key.value, (reason) => {
        throw new Error(`startup: snapshot unusable: ${reason}`);
      }),
    );
    if (!read.value) throw new Error(`startup: no snapshot in ${cacheDir}`);
    const snapshot = read.value;
    const assembled = await measured(() => knowledgeFromSnapshot(snapshot, corpusDir));
    // As `loadKnowledge` does, so that the first question does not wait for WordNet.
    const wordNet = await measured(() => preloadRelatedTerms());
    return { files, key, read, assembled, wordNet };
  });
  const { files, key, read, assembled, wordNet } = all.value;
  const knowledge = assembled.value;
  // The first questions a user might ask once the bot is up.
  const firstAsk = await measured(() => ask(knowledge, "how much did the economy grow last year?"));
  const secondAsk = await measured(() => ask(knowledge, "who is the chancellor of the exchequer?"));
  const firstQuote = await measured(() => quote(knowledge, "Tony Blair"));
  const firstTimeline = await measured(() =>
    timeline(knowledge, { topic: [], first: null, last: null, all: false }),
  );
  out({
    passages: knowledge.passages.length,
    filesRead: files.value.changed.length,
    filesMs: files.ms,
    keyMs: key.ms,
    readMs: read.ms,
    assembleMs: assembled.ms,
    wordNetMs: wordNet.ms,
    startMs: all.ms,
    startCpuMs: all.cpuMs,
    firstAskMs: firstAsk.ms,
    firstAskCpuMs: firstAsk.cpuMs,
    secondAskMs: secondAsk.ms,
    firstQuoteMs: firstQuote.ms,
    firstTimelineMs: firstTimeline.ms,
  });
} else throw new Error(`startup: unknown mode "${mode}"`);
