import type { DatedEvent, TimelineEntry } from "./types.js";

/** The word families around one report: its own sentence, and the sentence before it. */
export interface SourceWords {
  readonly sentence: ReadonlySet<string>;
  /**
   * The sentence just before it in the same paragraph, when the report's sentence carries it on
   * (see {@link continuesSentence}); empty otherwise and for a paragraph's first.
   */
  readonly before: ReadonlySet<string>;
}

/** Words that open a sentence about what the sentence before it named. */
const REFERS_BACK = new Set(
  "it its they their them he his she her this these that those such there then both".split(" "),
);

/** How far into a sentence a pointing word still opens it ("And they won…", "In May 2004 he…"). */
const OPENING_WORDS = 4;

/**
 * Whether a sentence carries on the one before it, so that sentence can say what it is about:
 * one of its first words points back ("It was fined in 2004", "In May he said…") or shares a word with it. A
 * paragraph that joins two stories does neither: after "…prize money for the victims of the
 * tsunami", "The final was close, with Srichaphan — the 2003 winner —" is about tennis.
 */
export function continuesSentence(
  text: string,
  families: ReadonlySet<string>,
  before: ReadonlySet<string>,
): boolean {
  const opening = text.match(/\p{L}+/gu)?.slice(0, OPENING_WORDS) ?? [];
  if (opening.some((word) => REFERS_BACK.has(word.toLowerCase()))) return true;
  for (const family of families) if (before.has(family)) return true;
  return false;
}

/** How close an event is to the topic when its own sentence names every topic word. */
export const IN_SENTENCE = 1;
/** …when the sentence before it supplies some ("Yukos… It was fined in 2004"). */
export const IN_CONTEXT = 0.5;

/**
 * How closely an entry is about `topic` (word families, all required): {@link IN_SENTENCE} when
 * a report's own sentence holds every topic word, {@link IN_CONTEXT} when it does together with
 * the sentence just before it in its paragraph, else 0. The article around a report does not count:
 * an article about an election also mentions other years for other reasons. Without
 * `wordsOf`, a report's own event terms stand for its sentence.
 */
export function topicCloseness(
  entry: TimelineEntry,
  topic: readonly string[],
  wordsOf?: (source: DatedEvent) => SourceWords | undefined,
): number {
  if (topic.length === 0) return IN_SENTENCE;
  let best = 0;
  for (const source of entry.sources) {
    const words = wordsOf?.(source);
    const sentence = words?.sentence ?? new Set(source.terms);
    if (topic.every((t) => sentence.has(t))) return IN_SENTENCE;
    // The sentence before sets what a sentence is about ("Yukos… It was fined in 2004"); the one
    // after does not ("WPP's profits rose in 2004. The elections will help.").
    if (words && topic.every((t) => sentence.has(t) || words.before.has(t))) best = IN_CONTEXT;
  }
  return best;
}
