import type { KeptCorpus } from "../corpus/nearDuplicates.js";
import { splitPassages } from "../corpus/passages.js";
import type { Article, Passage } from "../corpus/types.js";
import { NO_PROGRESS, type IndexingProgress, type IndexingStage } from "./indexingProgress.js";
import type { Knowledge } from "./knowledge.js";
import { knowledgeOf } from "./knowledgeOf.js";
import { articleSpeakers, type ArticleSpeakers } from "../quotes/articleSpeakers.js";
import { directoryOfArticles } from "../quotes/buildSpeakerDirectory.js";
import type { SpeakerDirectory, SpeakerEntry } from "../quotes/directoryTypes.js";
import type { SnapshotExtras } from "../search/snapshot.js";
import { extractEvents } from "../timeline/extractEvents.js";
import { mergeEvents } from "../timeline/mergeEvents.js";

/**
 * How the passages are made searchable: built from them, or loaded from a snapshot (which
 * also keeps the extracted events and speakers).
 */
export type Searchers = (passages: readonly Passage[]) => Pick<Knowledge, "index" | "stats"> & {
  /** Extracted events and speakers kept by a snapshot, read on first use. */
  readonly extras?: () => SnapshotExtras | null;
};

/** What `extract` finds in every article, one after the other, `progress` following. */
function eachArticle<T>(
  articles: readonly Article[],
  stage: IndexingStage,
  extract: (article: Article) => T[],
  progress: IndexingProgress,
): T[] {
  progress.start(stage, articles.length);
  const found = articles.flatMap((article, i) => {
    const items = extract(article);
    progress.update(i + 1);
    return items;
  });
  progress.stop();
  return found;
}

/** A speaker directory from its entries. */
function directoryOf(entries: readonly SpeakerEntry[]): SpeakerDirectory {
  return { entries, byId: new Map(entries.map((e) => [e.id, e])) };
}
/**
 * The knowledge of a kept corpus: its passages split (with the terms `knownTerms` gives, when a
 * snapshot kept them), made searchable by `searchers`, and the timeline and speakers extracted
 * when first wanted (or read from the snapshot's extras). `progress` hears each stage of a build.
 */
export function assembleKnowledge(
  corpus: KeptCorpus,
  directory: string,
  searchers: Searchers,
  knownTerms?: (order: number) => (() => string[][]) | undefined,
  progress: IndexingProgress = NO_PROGRESS,
): Knowledge {
  const passages: Passage[] = [];
  const { articles } = corpus;
  if (!knownTerms) progress.start("articles", articles.length);
  articles.forEach((article, i) => {
    passages.push(...splitPassages(article, passages.length, knownTerms));
    progress.update(i + 1);
  });
  progress.stop();
  const { extras, ...search } = searchers(passages);
  // A snapshot's events and speakers are read (once) when either is first wanted.
  let kept: SnapshotExtras | null = null;
  let read = extras === undefined;
  const readKept = (): SnapshotExtras | null => {
    if (!read) kept = extras?.() ?? null;
    read = true;
    return kept;
  };
  // Each article's quotes and names, once the directory has been extracted from them.
  let byArticle: ReadonlyMap<string, ArticleSpeakers> | undefined;
  return knowledgeOf({
    articles: corpus.articles,
    passages,
    ...search,
    timeline: () =>
      readKept()?.timeline ?? mergeEvents(eachArticle(articles, "events", extractEvents, progress)),
    speakers: () => {
      const found = readKept()?.speakers;
      if (found) return directoryOf(found);
      const perArticle = eachArticle(articles, "quotes", (a) => [articleSpeakers(a)], progress);
      byArticle = new Map(perArticle.map((f, i) => [articles[i]!.id, f]));
      return directoryOfArticles(perArticle);
    },
    speakersByArticle: () => byArticle,
    report: {
      directory,
      cleaning: corpus.cleaning,
      problems: corpus.problems,
      warnings: corpus.warnings,
      duplicates: corpus.duplicates ?? [],
      articles: corpus.articles.length,
      passages: passages.length,
    },
  });
}
