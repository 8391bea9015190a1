import type { Citation } from "../answer/citation.js";
import { CitationList } from "../answer/citations.js";
import type { Knowledge } from "../knowledge/knowledge.js";
import type { Passage } from "../corpus/types.js";
import { termFamilies } from "./eventTerms.js";
import { filterTimeline, type TimelineFilter, type TimelineQuery } from "./filterTimeline.js";
import { strongestEvents } from "./rankEvents.js";
import { continuesSentence, topicCloseness, type SourceWords } from "./topicRelevance.js";
import type { CalendarDate, DatedEvent, EventStatus, Precision } from "./types.js";

/** One event of a `/timeline` answer, with the numbers of the citations that report it. */
export interface TimelineEvent {
  readonly date: CalendarDate;
  readonly end: CalendarDate | null;
  readonly precision: Precision;
  readonly inferred: boolean;
  /** Happened, or expected (scheduled, forecast, planned) as the articles tell it. */
  readonly status: EventStatus;
  readonly text: string;
  readonly citations: readonly number[];
}

/** The result of `/timeline`: plain data for any renderer. */
export interface TimelineResult {
  /** The events shown, oldest first: every match, or the strongest when there are many. */
  readonly events: readonly TimelineEvent[];
  readonly citations: readonly Citation[];
  readonly filter: TimelineFilter;
  /** The filter as the user typed it, for messages. */
  readonly query: TimelineQuery;
  /** Events matching the filter; more than `events.length` when only the strongest are shown. */
  readonly matched: number;
  /** Events in the whole corpus, before filtering. */
  readonly total: number;
}

/**
 * The corpus's dated events that match `filter`, oldest first, each with a citation for every
 * report of it (numbered in order of first use). When more match than fit a glance and `all`
 * was not asked for, only the strongest are kept (see `rankEvents`).
 */
export function timeline(
  knowledge: Knowledge,
  filter: TimelineFilter,
  query: TimelineQuery = {},
): TimelineResult {
  const all = knowledge.timeline();
  // Filtering and ranking both read each report's words: work them out once per report.
  const seen = new Map<DatedEvent, SourceWords | undefined>();
  const wordsOf = (source: DatedEvent): SourceWords | undefined => {
    if (!seen.has(source)) seen.set(source, sourceWords(knowledge, source));
    return seen.get(source);
  };
  const matching = filterTimeline(all, filter, wordsOf);
  const shown = strongestEvents(
    matching,
    (entry) => topicCloseness(entry, filter.topic, wordsOf),
    filter.all,
  );
  const citations = new CitationList((id) => knowledge.articles.get(id));
  const events = shown.map((entry) => ({
    date: entry.date,
    end: entry.end,
    precision: entry.precision,
    inferred: entry.inferred,
    status: entry.status,
    text: entry.text,
    citations: [
      ...new Set(
        entry.sources.flatMap((source) => {
          const passage = knowledge.passageAt(
            source.articleId,
            source.paragraph,
            source.sentenceStart,
          );
          return passage ? [citations.cite(passage)] : [];
        }),
      ),
    ],
  }));
  return {
    events,
    citations: citations.list(),
    filter,
    query,
    matched: matching.length,
    total: all.length,
  };
}

const wordsCache = new WeakMap<Passage, ReadonlyArray<ReadonlySet<string>>>();

/** Each sentence's word families of a passage, numbers aside: worked out once. */
function sentenceFamilies(passage: Passage): ReadonlyArray<ReadonlySet<string>> {
  let found = wordsCache.get(passage);
  if (!found) {
    found = passage.sentenceTerms.map((t) => termFamilies(t));
    wordsCache.set(passage, found);
  }
  return found;
}

/** The words of a report's sentence and of the sentence before it in its paragraph. */
function sourceWords(knowledge: Knowledge, source: DatedEvent): SourceWords | undefined {
  // The paragraph's sentences in order, with their families, across its passages.
  const sentences = knowledge
    .paragraphPassages(source.articleId, source.paragraph)
    .flatMap((passage) => {
      const families = sentenceFamilies(passage);
      return passage.sentences.map((s, i) => ({
        start: passage.offset + s.start,
        text: passage.text.slice(s.start, s.end),
        families: families[i]!,
      }));
    });
  const i = sentences.findIndex((s) => s.start === source.sentenceStart);
  if (i < 0) return undefined;
  const own = sentences[i]!;
  const before = sentences[i - 1];
  return {
    sentence: own.families,
    before:
      before && continuesSentence(own.text, own.families, before.families)
        ? before.families
        : new Set(),
  };
}
