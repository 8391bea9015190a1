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

/**
 * {@link articleSpeakers} for the articles of one corpus, in turn: an article whose paragraphs
 * repeat an earlier one's word for word (wire copy filed twice: 133 of BBC News's 2,225) is not
 * read again; the earlier one's quotes and names are given its id.
 */
export function speakersReader(): (article: Article) => ArticleSpeakers {
  const read = new Map<string, ArticleSpeakers>();
  return (article) => {
    const key = article.paragraphs.map((p) => `${p.number}\t${p.text}`).join("\n");
    const earlier = read.get(key);
    if (earlier) return withArticleId(earlier, article.id);
    const found = articleSpeakers(article);
    read.set(key, found);
    return found;
  };
}

/** An article's quotes and names as another article with the same text has them. */
function withArticleId(found: ArticleSpeakers, articleId: string): ArticleSpeakers {
  return {
    quotes: found.quotes.map((q) => ({ ...q, articleId })),
    names: found.names.map((s) => ({ ...s, at: { ...s.at, articleId } })),
  };
}

/** One article's sightings, its names then its quotes' speakers (as `sightingsOf` gives them). */
export function articleSightings(found: ArticleSpeakers): Sighting[] {
  return [...found.names, ...quoteSightings(found.quotes)];
}
