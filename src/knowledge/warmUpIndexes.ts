import type { ArticleParts } from "./articleParts.js";
import type { StoryIndex } from "../corpus/storyIndex.js";
import type { Knowledge } from "./knowledge.js";
import { articleSightings } from "../quotes/articleSpeakers.js";
import { SpeakerIndex } from "../quotes/speakerIndex.js";
import { TimelineIndex } from "../timeline/timelineIndex.js";
import type { DatedEvent } from "../timeline/types.js";

/** A slice of warm-up work lasts about this long before other work gets a turn (ms). */
const SLICE_MS = 20;

/**
 * Works out, a slice at a time between other work, what a reload needs from every article of
 * `knowledge` (its events, speaker sightings and near-duplicate signature, kept in `parts` and
 * `stories`) and the indexes of its timeline and speakers. Null when `stale()` says, between two
 * slices, that the work is no longer wanted (the knowledge was replaced or the store closed).
 */
export async function warmUpIndexes(
  knowledge: Knowledge,
  parts: ArticleParts,
  stories: StoryIndex,
  stale: () => boolean,
): Promise<{ timeline: TimelineIndex; speakers: SpeakerIndex } | null> {
  const articles = [...knowledge.articles.values()];
  const grouped = new Map<string, DatedEvent[]>();
  const timeline = knowledge.timeline();
  for (const entry of timeline)
    for (const event of entry.sources) {
      const list = grouped.get(event.articleId);
      if (list) list.push(event);
      else grouped.set(event.articleId, [event]);
    }
  for (const article of articles) parts.knowEvents(article, grouped.get(article.id) ?? []);
  let slice = performance.now();
  const pause = async (): Promise<void> => {
    if (performance.now() - slice <= SLICE_MS) return;
    await new Promise((resolve) => setImmediate(resolve));
    slice = performance.now();
  };
  for (const article of articles) {
    if (stale()) return null;
    // Once the directory has been extracted from these articles (a start without a snapshot
    // writes it at once), their sightings are taken from it: a second pass takes seconds.
    const found = knowledge.speakersByArticle()?.get(article.id);
    if (found) parts.knowSightings(article, () => articleSightings(found));
    parts.sightings(article);
    stories.add(article);
    await pause();
  }
  if (stale()) return null;
  const speakers = SpeakerIndex.of(
    articles.map((a) => ({ articleId: a.id, sightings: parts.sightings(a) })),
  );
  while (!speakers.prepare(SLICE_MS)) {
    await new Promise((resolve) => setImmediate(resolve));
    if (stale()) return null;
  }
  return { timeline: TimelineIndex.of(timeline), speakers };
}
