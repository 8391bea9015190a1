import type { Article } from "../corpus/types.js";
import { extractQuotes } from "./extractQuotes.js";
import { nameSightings, quoteSightings, type Sighting } from "./speakerSightings.js";
import type { QuoteMention } from "./types.js";

/** What one article gives the speaker directory: its quotes, and every name it mentions. */
export interface ArticleSpeakers {
  readonly quotes: readonly QuoteMention[];
  readonly names: readonly Sighting[];
}

/**
 * An article's quotes and name sightings. Articles are independent, so the directory is built
 * from these per-article results in corpus order (see `directoryOfArticles`), and a store that
 * follows the corpus keeps them per article (see {@link articleSightings}).
 */
export function articleSpeakers(article: Article): ArticleSpeakers {
  // Quotes first: the names they resolve against are found once and kept for the sightings.
  const quotes = extractQuotes(article);
  return { quotes, names: nameSightings(article) };
}

/** One article's sightings, its names then its quotes' speakers (as `sightingsOf` gives them). */
export function articleSightings(found: ArticleSpeakers): Sighting[] {
  return [...found.names, ...quoteSightings(found.quotes)];
}
