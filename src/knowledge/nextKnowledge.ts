import type { ArticleParts } from "./articleParts.js";
import { keepDistinct } from "../corpus/nearDuplicates.js";
import { splitPassages } from "../corpus/passages.js";
import type { StoryIndex } from "../corpus/storyIndex.js";
import type { Article, CorpusProblem, Passage } from "../corpus/types.js";
import type { Knowledge } from "./knowledge.js";
import { knowledgeOf } from "./knowledgeOf.js";
import { directoryFromSightings } from "../quotes/buildSpeakerDirectory.js";
import type { SpeakerIndex } from "../quotes/speakerIndex.js";
import type { FileEntry } from "./readFileEntry.js";
import { mergeEvents } from "../timeline/mergeEvents.js";
import type { TimelineIndex } from "../timeline/timelineIndex.js";

/** What a reload's knowledge is worked out from. */
export interface NextKnowledgeInput {
  /** The knowledge served now. */
  readonly old: Knowledge;
  /** Every corpus file as it is now, in corpus order. */
  readonly files: ReadonlyMap<string, FileEntry>;
  /** The corpus folder, for the report. */
  readonly directory: string;
  readonly parts: ArticleParts;
  /** Which article versions are copies of one story (the served files' articles are added). */
  readonly stories: StoryIndex;
  /** The old knowledge's timeline and speaker indexes, when the warm-up has built them. */
  readonly timeline: TimelineIndex | undefined;
  readonly speakers: SpeakerIndex | undefined;
}

/** A reload's knowledge, with the timeline and speaker indexes it is served from. */
export interface NextKnowledge {
  readonly knowledge: Knowledge;
  /** Undefined when the old one was not built yet: the timeline is then merged on first use. */
  readonly timeline: TimelineIndex | undefined;
  readonly speakers: SpeakerIndex | undefined;
}

/**
 * The knowledge of `files`, reusing every part of an article that did not change: only the
 * articles that leave and come have their passages, index entries, term counts, events and
 * speaker sightings taken out and put in. Changes the old knowledge's MiniSearch index in place
 * (which then refuses to search), so the caller must serve the result at once.
 */
export function nextKnowledge(input: NextKnowledgeInput): NextKnowledge {
  const { old, parts, stories } = input;
  const { candidates, problems, warnings } = servedArticles(input.files);
  for (const article of candidates) stories.add(article);
  const { kept, duplicates } = keepDistinct(candidates, stories);
  const keptSet = new Set(kept);
  const leaving = [...old.articles.values()].filter((a) => !keptSet.has(a));
  const removedPassages = leaving.flatMap((a) => parts.passages(a) ?? []);
  const addedPassages: Passage[] = [];
  const passages: Passage[] = [];
  for (const article of kept) {
    const isNew = old.articles.get(article.id) !== article;
    const own = (isNew ? undefined : parts.passages(article)) ?? splitPassages(article);
    // Orders are positions in the corpus: renumber what moved, keep the rest as it is.
    const numbered = own.map((p, i) =>
      p.order === passages.length + i ? p : { ...p, order: passages.length + i },
    );
    parts.setPassages(article, numbered);
    passages.push(...numbered);
    if (isNew) addedPassages.push(...numbered);
  }
  const coming = kept.filter((a) => old.articles.get(a.id) !== a);
  const timeline = input.timeline?.changed(
    leaving.flatMap((a) => parts.events(a)),
    coming.flatMap((a) => parts.events(a)),
  );
  const sightings = (a: Article) => ({ articleId: a.id, sightings: parts.sightings(a) });
  const speakers = input.speakers?.changed(
    leaving.map(sightings),
    coming.map(sightings),
    kept.map((a) => a.id),
  );
  const stats = old.stats.changed(removedPassages, addedPassages);
  // Last, as the one step that changes shared state (MiniSearch, in place).
  const index = old.index.changed(removedPassages, addedPassages, passages);
  const knowledge = knowledgeOf({
    articles: kept,
    passages,
    index,
    stats,
    timeline: () => timeline?.entries() ?? mergeEvents(kept.flatMap((a) => parts.events(a))),
    speakers: () =>
      speakers?.directory() ?? directoryFromSightings(kept.flatMap((a) => parts.sightings(a))),
    report: {
      directory: input.directory,
      articles: kept.length,
      passages: passages.length,
      cleaning: kept.flatMap((a) => parts.cleaning(a) ?? []),
      problems,
      warnings,
      duplicates,
    },
  });
  return { knowledge, timeline, speakers };
}

/**
 * The articles the files give, in corpus order, with the files' problems and warnings; a file
 * whose article repeats an earlier one's id is a problem, as when the corpus is first loaded.
 */
function servedArticles(files: ReadonlyMap<string, FileEntry>): {
  candidates: Article[];
  problems: CorpusProblem[];
  warnings: CorpusProblem[];
} {
  const problems: CorpusProblem[] = [];
  const warnings: CorpusProblem[] = [];
  const ids = new Map<string, string>();
  const candidates: Article[] = [];
  for (const [path, entry] of files) {
    if (entry.problem) problems.push({ path, reason: entry.problem });
    for (const reason of entry.warnings) warnings.push({ path, reason });
    if (!entry.article) continue;
    const earlier = ids.get(entry.article.id);
    if (earlier !== undefined) {
      const reason = `duplicate id "${entry.article.id}" (already loaded from ${earlier})`;
      problems.push({ path, reason });
      continue;
    }
    ids.set(entry.article.id, path);
    candidates.push(entry.article);
  }
  return { candidates, problems, warnings };
}
