import type { Citation } from "../answer/citation.js";
import { formatEventDate } from "../timeline/formatEventDate.js";
import type { TimelineResult } from "../timeline/timeline.js";
import type { CalendarDate } from "../timeline/types.js";
import { timelineTitle } from "./timelineText.js";

/** A TimelineJS date: the year always, month and day when known. */
interface TimelineJsDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

/** A TimelineJS slide (see https://timeline.knightlab.com/docs/json-format.html). */
interface TimelineJsSlide {
  readonly start_date?: TimelineJsDate;
  readonly end_date?: TimelineJsDate;
  readonly display_date?: string;
  readonly text: { readonly headline: string; readonly text: string };
  readonly group?: string;
  readonly unique_id?: string;
  readonly autolink?: boolean;
}

/** Words of an event's text kept for its slide's headline. */
const HEADLINE_WORDS = 12;

/**
 * `/timeline` in TimelineJS3's JSON format, for a newsroom to publish: a title slide (topic,
 * range, how many events), then one slide per event with its date (year, month and day as far
 * as known; a range has an end date), a headline (the event's first words), the event's text
 * and its sources as HTML, and the group "Expected" for scheduled or forecast events. Corpus
 * text is escaped and links are not made clickable (`autolink: false`): the JSON is safe to embed.
 */
export function timelineJs(result: TimelineResult): Record<string, unknown> {
  const byNumber = new Map(result.citations.map((c) => [c.n, c]));
  const events: TimelineJsSlide[] = result.events.map((e, i) => ({
    start_date: jsDate(e.date),
    ...(e.end === null ? {} : { end_date: jsDate(e.end) }),
    display_date: formatEventDate(e.date, e.end) + (e.inferred ? " (inferred)" : ""),
    text: {
      headline: escapeHtml(headline(e.text)),
      text: [
        `<p>${escapeHtml(e.text)}</p>`,
        ...e.citations.map((n) => {
          const c = byNumber.get(n);
          return c ? `<p>[${n}] ${escapeHtml(sourceOf(c))}</p>` : "";
        }),
      ].join(""),
    },
    ...(e.status === "expected" ? { group: "Expected" } : {}),
    unique_id: `event-${i + 1}`,
    autolink: false,
  }));
  const shown =
    result.events.length < result.matched
      ? `The ${result.events.length} strongest of ${result.matched} dated events`
      : `${result.events.length} dated events`;
  return {
    title: {
      text: { headline: escapeHtml(timelineTitle(result)), text: `<p>${shown}, each cited.</p>` },
      autolink: false,
    },
    events,
  };
}

function jsDate(date: CalendarDate): TimelineJsDate {
  const [year, month, day] = date.split("-").map(Number);
  return {
    year: year!,
    ...(month === undefined ? {} : { month }),
    ...(day === undefined ? {} : { day }),
  };
}

function headline(text: string): string {
  const words = text.replace(/^…/u, "").split(/\s+/u);
  return words.length <= HEADLINE_WORDS
    ? words.join(" ")
    : `${words.slice(0, HEADLINE_WORDS).join(" ")}…`;
}

function sourceOf(c: Citation): string {
  return [c.title, c.source, c.published, `paragraph ${c.paragraph}`].filter(Boolean).join(", ");
}

function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/gu,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] ?? ch,
  );
}
