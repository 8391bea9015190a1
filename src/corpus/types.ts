/** A span of text inside a paragraph, as character offsets (end exclusive). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One sentence of a cleaned paragraph. */
export interface Sentence extends Span {
  readonly text: string;
}

/** A cleaned paragraph of an article, already split into sentences. */
export interface Paragraph {
  /** 1-based position among the article's cleaned paragraphs. */
  readonly number: number;
  readonly text: string;
  readonly sentences: readonly Sentence[];
}

/** Metadata of an article, as checked by the front matter schema. */
export interface ArticleMeta {
  readonly title: string;
  /** ISO date `YYYY-MM-DD`, or null when the file does not say. */
  readonly published: string | null;
  readonly source: string | null;
  readonly url: string | null;
}

/** An article after loading and cleaning. */
export interface Article extends ArticleMeta {
  /** Stable id: the file name without its extension. */
  readonly id: string;
  /** Path of the file it was read from, relative to the corpus folder. */
  readonly path: string;
  readonly paragraphs: readonly Paragraph[];
}

/** A sentence-aligned chunk of one paragraph: the unit that is indexed and cited. */
export interface Passage {
  /** `articleId#paragraph.chunk`, unique across the corpus. */
  readonly id: string;
  readonly articleId: string;
  /** 1-based paragraph number in the cleaned article. */
  readonly paragraph: number;
  /** Offset of the passage's first character in its paragraph's text. */
  readonly offset: number;
  /** Position of the passage in the whole corpus (stable order). */
  readonly order: number;
  readonly text: string;
  /** The passage's sentences; offsets are relative to `text`. */
  readonly sentences: readonly Sentence[];
  /**
   * The content terms of each sentence (see `terms` in `src/text/tokens.ts`), computed once
   * when the passage is made: the index, the term statistics and the answer scorer all read
   * them, so text is tokenised and stemmed once.
   */
  readonly sentenceTerms: ReadonlyArray<readonly string[]>;
}

/** How an article came out of cleaning. */
export interface CleaningReport {
  readonly articleId: string;
  readonly droppedHeadlines: number;
  readonly droppedDuplicateParagraphs: number;
  readonly strayQuotes: number;
  readonly joinedSentences: number;
}

/** A file that could not be loaded, with the reason, reported and skipped. */
export interface CorpusProblem {
  readonly path: string;
  readonly reason: string;
}
