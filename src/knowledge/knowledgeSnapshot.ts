import { assembleKnowledge } from "./assembleKnowledge.js";
import type { KeptCorpus } from "../corpus/nearDuplicates.js";
import type { Passage } from "../corpus/types.js";
import type { Knowledge } from "./knowledge.js";
import { PassageIndex } from "../search/passageIndex.js";
import type { LoadedSnapshot, Snapshot, SnapshotExtras } from "../search/snapshot.js";
import { TermStats } from "../search/termStats.js";

// The two directions of one format: what a snapshot keeps of the knowledge, and the knowledge
// read back from it (each passage's terms are encoded by one and decoded by the other).

/**
 * What a snapshot of `knowledge` holds, under `key`: the corpus it was assembled from (its
 * articles and report), each passage's terms, the index and the statistics; and, in its second
 * file, the extracted events and speakers.
 */
export function snapshotOf(
  knowledge: Knowledge,
  key: string,
): { snapshot: Snapshot; extras: SnapshotExtras } {
  const { report } = knowledge;
  const corpus: KeptCorpus = {
    articles: [...knowledge.articles.values()],
    cleaning: [...report.cleaning],
    problems: [...report.problems],
    warnings: [...report.warnings],
    duplicates: report.duplicates,
  };
  return {
    snapshot: {
      key,
      corpus,
      passageTerms: encodePassageTerms(knowledge.passages),
      index: knowledge.index.toJSON(),
      stats: knowledge.stats.toJSON(),
    },
    extras: { timeline: knowledge.timeline(), speakers: knowledge.speakers().entries },
  };
}

/**
 * Knowledge from a snapshot: the index and statistics loaded, the passages rebuilt from the
 * cleaned articles with the terms the snapshot kept (so nothing is tokenised again).
 */
export function knowledgeFromSnapshot(snapshot: LoadedSnapshot, directory: string): Knowledge {
  const known = snapshot.passageTerms;
  return assembleKnowledge(
    snapshot.corpus,
    directory,
    (passages) => {
      // The corpus, the kept terms and the index were stored together: if they disagree, the
      // file is not what this code wrote, and the caller rebuilds.
      if (passages.length !== known.length || passages.length !== snapshot.index.base.documentCount)
        throw new Error(
          `${passages.length} passages, ${known.length} kept terms, ${snapshot.index.base.documentCount} indexed`,
        );
      return {
        index: PassageIndex.load(snapshot.index, passages),
        stats: TermStats.fromJSON(snapshot.stats),
        extras: snapshot.extras,
      };
    },
    (order) => {
      const encoded = known[order];
      return encoded === undefined ? undefined : () => decodeTerms(encoded);
    },
  );
}

/** Each passage's sentence terms, as one string: sentences by newline, terms by space. */
function encodePassageTerms(passages: readonly Passage[]): string[] {
  return passages.map((p) => p.sentenceTerms.map((sentence) => sentence.join(" ")).join("\n"));
}

function decodeTerms(encoded: string): string[][] {
  return encoded.split("\n").map((sentence) => (sentence === "" ? [] : sentence.split(" ")));
}
