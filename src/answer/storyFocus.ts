import { mergeMatches as merge, type QuestionMatcher } from "./scoreSentence.js";

/**
 * What one story (an article) holds of the question as a whole, before any of its sentences is
 * chosen: a reader first picks the story the question is about, then the sentence. News names
 * what a story is about in its headline and lead paragraph; a story that mentions the
 * question's subject in passing (a quote in another match report, a name in a round-up) holds
 * the question's words further down, or not all of them.
 */
export interface StoryFocus {
  /** The question's terms as held anywhere in the article, title included (match weights). */
  readonly held: Float64Array;
  /** Share of the question held anywhere in the article, title included. */
  readonly story: number;
  /** Share of the question held by the headline and the lead paragraph. */
  readonly headline: number;
  /**
   * Share of the question's subject (its names, or failing those its rarest words) held by the
   * headline and the lead: whether the story is about what the question is about.
   */
  readonly headlineSubject: number;
}

/** What {@link storyFocus} reads of an article, each as matched against the question. */
export interface StoryMatches {
  /** The title's matches. */
  readonly title: Float64Array;
  /** Each paragraph's matches (its sentences' merged), by paragraph number. */
  readonly paragraphs: ReadonlyMap<number, Float64Array>;
}

/**
 * The story-level measures of one article (see {@link StoryFocus}); `subject` holds the
 * indexes of the question's subject terms.
 */
export function storyFocus(
  matcher: QuestionMatcher,
  article: StoryMatches,
  subject: readonly number[],
): StoryFocus {
  const share = (found: Float64Array): number => matcher.coverage(found, found).share;
  const whole = article.title.slice();
  for (const found of article.paragraphs.values()) merge(whole, found);
  const lead = article.title.slice();
  const first = article.paragraphs.get(Math.min(...article.paragraphs.keys()));
  if (first) merge(lead, first);
  // The subject's share: its terms' weight found, over its terms' weight.
  const ofSubject = (found: Float64Array): Float64Array =>
    found.map((m, t) => (subject.includes(t) ? m : 0));
  const subjectWeight = share(ofSubject(lead.map(() => 1)));
  return {
    held: whole,
    story: share(whole),
    headline: share(lead),
    headlineSubject: subjectWeight === 0 ? share(lead) : share(ofSubject(lead)) / subjectWeight,
  };
}
