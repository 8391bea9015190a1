import type { SquadParagraph } from "./squad.js";

/** A search engine under test, built over the SQuAD paragraphs. */
export interface Retriever {
  /** Paragraph indices for `question`, best first, each at most once, at most `limit`. */
  search(question: string, limit: number): readonly number[] | Promise<readonly number[]>;
}

/** How to build one engine, and what was chosen for it. */
export interface RetrieverSpec {
  readonly name: string;
  /** The configuration used, in words: defaults, and any choice the library forced. */
  readonly config: string;
  build(paragraphs: readonly SquadParagraph[]): Retriever | Promise<Retriever>;
}
