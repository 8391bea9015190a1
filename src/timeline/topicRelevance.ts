import type { DatedEvent, TimelineEntry } from "./types.js";

/** The word families around one report: its own sentence, and the sentence before it. */
export interface SourceWords {
  readonly sentence: ReadonlySet<string>;
  /** The sentence just before it in the same paragraph (none for a paragraph's first). */
  readonly before: ReadonlySet<string>;
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
