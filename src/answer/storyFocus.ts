import type { QuestionMatcher } from "./scoreSentence.js";

/**
 * What one story (an article) holds of the question as a whole, before any of its sentences is
 * chosen: the reader's first decision is which story is asked about, then which sentence.
 */
export interface StoryFocus {
  /** Share of the question held anywhere in the article, title included. */
  readonly story: number;
  /**
   * Share held by the headline and the lead paragraph: a news story names its subject there,
   * so a story that only mentions the question's subject in passing holds less of it.
   */
  readonly headline: number;
  /**
   * Share held by the article's paragraphs on average: a story about the subject comes back to
   * the question's words paragraph after paragraph.
   */
  readonly spread: number;
  /** The largest share held by one sentence with its neighbours: the words near each other. */
  readonly focus: number;
}

/** What {@link storyFocus} reads of an article, each as matched against the question. */
export interface StoryMatches {
  /** The title's matches. */
  readonly title: Float64Array;
  /** Each sentence's matches, in article order, with its paragraph's number. */
  readonly sentences: readonly { readonly paragraph: number; readonly found: Float64Array }[];
  /** Each paragraph's matches (its sentences' merged), by paragraph number. */
  readonly paragraphs: ReadonlyMap<number, Float64Array>;
}

/** The story-level measures of one article (see {@link StoryFocus}). */
export function storyFocus(matcher: QuestionMatcher, article: StoryMatches): StoryFocus {
  const share = (found: Float64Array): number => matcher.coverage(found, found).share;
  const whole = article.title.slice();
  for (const found of article.paragraphs.values()) merge(whole, found);
  const lead = article.title.slice();
  const first = Math.min(...article.paragraphs.keys());
  const leadFound = article.paragraphs.get(first);
  if (leadFound) merge(lead, leadFound);
  let spread = 0;
  for (const found of article.paragraphs.values()) spread += share(found);
  let focus = 0;
  const { sentences } = article;
  sentences.forEach((s, i) => {
    const near = s.found.slice();
    for (const n of [sentences[i - 1], sentences[i + 1]]) if (n) merge(near, n.found);
    focus = Math.max(focus, share(near));
  });
  return {
    story: share(whole),
    headline: share(lead),
    spread: article.paragraphs.size === 0 ? 0 : spread / article.paragraphs.size,
    focus,
  };
}

/** Keeps in `into` the better match of each question term. */
export function merge(into: Float64Array, from: Float64Array): void {
  for (let t = 0; t < into.length; t++) if (from[t]! > into[t]!) into[t] = from[t]!;
}
