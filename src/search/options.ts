import type { Options, SearchOptions } from "minisearch";
import { familyOf, termOf, tokenize } from "../text/tokens.js";

/**
 * The document MiniSearch indexes for each passage: its terms, already computed by
 * {@link termOf} and joined by spaces.
 */
export interface PassageDocument {
  readonly id: string;
  readonly text: string;
}

/**
 * The one definition of how passages are indexed. Documents arrive as terms already (the
 * passage computed them once), so indexing only splits on spaces; queries arrive as text, so
 * searching finds words with {@link tokenize} and turns each into its term with {@link termOf}
 * (stop words dropped, Porter stems): the same terms either way. A persisted index is loaded
 * only with the options it was built with, since the snapshot key hashes this file.
 */
export const INDEX_OPTIONS: Options<PassageDocument> = {
  idField: "id",
  fields: ["text"],
  storeFields: [],
  tokenize: (terms) => terms.split(" "),
  processTerm: (term) => term || false,
  searchOptions: {
    tokenize: (text) => tokenize(text).map((token) => token.word),
    processTerm: (word) => termOf(word) ?? false,
  },
};

/** Exact terms: the question's own stems. */
export const EXACT_SEARCH: SearchOptions = {
  combineWith: "OR",
  tokenize: (text) => tokenize(text).map((token) => token.word),
  processTerm: (word) => termOf(word) ?? false,
};

/**
 * Word-family terms: each stem cut to its family ({@link familyOf}) and matched as a prefix, so
 * "recognition" finds "recognized". Weighed below exact matches, which score in both queries.
 */
export const FAMILY_SEARCH: SearchOptions = {
  combineWith: "OR",
  tokenize: (text) => tokenize(text).map((token) => token.word),
  processTerm: (word) => {
    const term = termOf(word);
    return term === null ? false : familyOf(term);
  },
  prefix: (term) => term.length >= 6,
  weights: { fuzzy: 0.45, prefix: 0.6 },
};
