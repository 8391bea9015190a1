import type { DatedEvent, TimelineEntry } from "./types.js";

/** The word families around one report: its own sentence, and the sentences next to it. */
export interface SourceWords {
  readonly sentence: ReadonlySet<string>;
  /** The sentences just before and after it in the same paragraph (none at its ends). */
  readonly around: ReadonlySet<string>;
}

/** How close an event is to the topic when its own sentence names every topic word. */
export const IN_SENTENCE = 1;
/** …when a sentence next to it supplies some ("Yukos… It was fined in 2004"). */
export const IN_CONTEXT = 0.5;

/**
 * How closely an entry is about `topic` (word families, all required): {@link IN_SENTENCE} when
 * a report's own sentence holds every topic word, {@link IN_CONTEXT} when it does together with
 * the sentences just before and after it in its paragraph and names no one itself (it leans on
 * them for who it is about), else 0. The article around a report does not count:
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
    // A neighbour speaks for a sentence that names no one ("It was fined in 2004"); a sentence
    // with its own actors ("WPP's profits rose in 2004") is about them, whatever comes next.
    if (
      words &&
      source.names.length === 0 &&
      topic.every((t) => sentence.has(t) || words.around.has(t))
    )
      best = IN_CONTEXT;
  }
  return best;
}
