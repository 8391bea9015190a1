import type { NearDuplicate } from "../corpus/nearDuplicates.js";
import type { Article, CleaningReport, CorpusProblem, Passage } from "../corpus/types.js";
import type { PassageIndex } from "../search/passageIndex.js";
import type { TermStats } from "../search/termStats.js";
import type { ArticleSpeakers } from "../quotes/articleSpeakers.js";
import type { SpeakerDirectory } from "../quotes/directoryTypes.js";
import type { TimelineEntry } from "../timeline/types.js";

/** What loading the corpus found: for the `corpus` report and for start-up logs. */
export interface CorpusReport {
  readonly directory: string;
  readonly articles: number;
  readonly passages: number;
  readonly cleaning: readonly CleaningReport[];
  readonly problems: readonly CorpusProblem[];
  readonly warnings: readonly CorpusProblem[];
  /** Copies of a story left out because another copy is served (see `keepDistinct`). */
  readonly duplicates: readonly NearDuplicate[];
}

/**
 * Everything the commands read, for one version of the corpus; read-only. A changed corpus
 * gives a new Knowledge, swapped in whole (see `KnowledgeStore`).
 */
export interface Knowledge {
  readonly articles: ReadonlyMap<string, Article>;
  /** All passages, in corpus order (article by article, paragraph by paragraph). */
  readonly passages: readonly Passage[];
  readonly index: PassageIndex;
  /** Sentence frequencies of terms, for weighing question words. */
  readonly stats: TermStats;
  readonly report: CorpusReport;
  /** The dated events of all articles, merged and oldest first (extracted on first use). */
  timeline(): readonly TimelineEntry[];
  /** Every quoted or named person and body, with their direct quotes (built on first use). */
  speakers(): SpeakerDirectory;
  /**
   * Each article's quotes and names by article id, as the speaker directory was built from
   * them: once {@link speakers} has extracted them in this process; undefined before that, or
   * when the directory came from a snapshot or was grouped from sightings kept elsewhere. The
   * store that follows the corpus takes them rather than extracting every article again.
   */
  speakersByArticle(): ReadonlyMap<string, ArticleSpeakers> | undefined;
  /** The passages of one paragraph, in order (empty when there is no such paragraph). */
  paragraphPassages(articleId: string, paragraph: number): readonly Passage[];
  /** The passage that holds the sentence starting at `offset` of paragraph `paragraph`. */
  passageAt(articleId: string, paragraph: number, offset: number): Passage | undefined;
}
