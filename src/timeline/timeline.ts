import type { Citation } from "../answer/citation.js";
import { CitationList } from "../answer/citations.js";
import type { Knowledge } from "../knowledge.js";
import type { Passage } from "../corpus/types.js";
import { termFamilies } from "./eventTerms.js";
import { filterTimeline, type TimelineFilter, type TimelineQuery } from "./filterTimeline.js";
import type { CalendarDate, DatedEvent, Precision } from "./types.js";

/** One event of a `/timeline` answer, with the numbers of the citations that report it. */
export interface TimelineEvent {
  readonly date: CalendarDate;
  readonly end: CalendarDate | null;
  readonly precision: Precision;
  readonly inferred: boolean;
  readonly text: string;
  readonly citations: readonly number[];
}

/** The result of `/timeline`: plain data for any renderer. */
export interface TimelineResult {
  readonly events: readonly TimelineEvent[];
  readonly citations: readonly Citation[];
  readonly filter: TimelineFilter;
  /** The filter as the user typed it, for messages. */
  readonly query: TimelineQuery;
  /** Events in the whole corpus, before filtering. */
  readonly total: number;
}

/**
 * The corpus's dated events that match `filter`, oldest first, each with a citation for every
 * article that reports it (numbered in order of first use).
 */
export function timeline(
  knowledge: Knowledge,
  filter: TimelineFilter,
  query: TimelineQuery = {},
): TimelineResult {
  const all = knowledge.timeline();
  const passageTermsOf = (source: DatedEvent): ReadonlySet<string> | undefined => {
    const passage = knowledge.passageAt(source.articleId, source.paragraph, source.sentenceStart);
    return passage && passageFamilies(passage);
  };
  const citations = new CitationList((id) => knowledge.articles.get(id));
  const events = filterTimeline(all, filter, passageTermsOf).map((entry) => ({
    date: entry.date,
    end: entry.end,
    precision: entry.precision,
    inferred: entry.inferred,
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
  return { events, citations: citations.list(), filter, query, total: all.length };
}

const familiesOf = new WeakMap<Passage, ReadonlySet<string>>();

/** A passage's word families, numbers aside, from the terms it keeps: worked out once. */
function passageFamilies(passage: Passage): ReadonlySet<string> {
  let found = familiesOf.get(passage);
  if (!found) {
    found = termFamilies(passage.sentenceTerms.flat());
    familiesOf.set(passage, found);
  }
  return found;
}
