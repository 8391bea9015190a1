/** How finely an event's date is known. A range runs from `date` to `end`, each at its own precision. */
export type Precision = "day" | "month" | "year" | "range";

/**
 * A date expression found in a text, normalised the way TimeML's TIMEX3 `value` is written, so
 * the same finder can be scored against TempEval-3.
 */
export interface DateMention {
  /** Offsets in the text searched (end exclusive). */
  readonly start: number;
  readonly end: number;
  /** The expression as written, e.g. `April 2024`, `Thursday`, `the 1990s`. */
  readonly text: string;
  /**
   * TIMEX3-style value: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Www` (week), `YYYY-Qn` (quarter),
   * `YYY` (decade), `YYYY-SP|SU|FA|WI` (season), or `PRESENT_REF` / `PAST_REF` / `FUTURE_REF`.
   */
  readonly value: string;
  /** `time` when the expression names a time of day ("Friday night"); still dated to its day. */
  readonly kind: "date" | "time";
  /** True when part of the value came from the anchor (publication date) rather than the text. */
  readonly inferred: boolean;
}

/** A date placed on the calendar: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type CalendarDate = string;

/** An event an article reports, dated and located in its source. */
export interface DatedEvent {
  /** Start of the event, `YYYY[-MM[-DD]]`. */
  readonly date: CalendarDate;
  /** End of a range, `YYYY[-MM[-DD]]`, or null for a single date. */
  readonly end: CalendarDate | null;
  readonly precision: Precision;
  /** True when the date was resolved from a relative expression or the publication date. */
  readonly inferred: boolean;
  /** The sentence (or clause) that states the event; "…" marks where it was trimmed. */
  readonly text: string;
  readonly articleId: string;
  /** 1-based paragraph number in the cleaned article. */
  readonly paragraph: number;
  /** Offset of the sentence in its paragraph's text; with `paragraph`, finds the passage to cite. */
  readonly sentenceStart: number;
  /** Position of the date expression in the paragraph, to order two events of one sentence. */
  readonly mentionStart: number;
  /** The date expression as written ("on Thursday"), or null for an event dated by publication. */
  readonly expression: string | null;
  /** Content terms of the event, used to tell whether two articles report the same event. */
  readonly terms: readonly string[];
  /** Families of the names in the event's text (see `eventNames`): who or what it is about. */
  readonly names: readonly string[];
  /** Whether the text reports the event as having happened or as expected (see `eventStatus`). */
  readonly status: EventStatus;
}

/**
 * `happened`: the text reports it as done or under way; `expected`: scheduled, forecast or
 * planned ("will", "is due to", "is expected to", "forecast").
 */
export type EventStatus = "happened" | "expected";

/** One line of the timeline: an event with every article that reports it. */
export interface TimelineEntry {
  readonly date: CalendarDate;
  readonly end: CalendarDate | null;
  readonly precision: Precision;
  /** False when any source states the date outright. */
  readonly inferred: boolean;
  /** The text of the first source (article order, then sentence order). */
  readonly text: string;
  /** Whether the event happened or is expected; every source agrees. */
  readonly status: EventStatus;
  /** Every report of the event, first source first. Never empty. */
  readonly sources: readonly DatedEvent[];
}

/** A closed interval of days, both ends `YYYY-MM-DD`. */
export interface DayInterval {
  readonly first: string;
  readonly last: string;
}
