import type { Article } from "../corpus/types.js";
import { eventDates } from "./eventDates.js";
import { eventTerms } from "./eventTerms.js";
import { eventText } from "./eventText.js";
import { findDateMentions } from "./findDateMentions.js";
import { pegEvent } from "./pegEvent.js";
import type { DatedEvent } from "./types.js";

/**
 * The dated events an article reports, in article order: one per date a sentence places on the
 * calendar (a range counts once), plus the article's news peg (see {@link pegEvent}). Relative
 * dates are resolved against `article.published`; without it only stated dates are kept.
 * Durations are never events. Dates inside direct quotes count like any other.
 */
export function extractEvents(article: Article): DatedEvent[] {
  const events: DatedEvent[] = [];
  for (const paragraph of article.paragraphs) {
    for (const sentence of paragraph.sentences) {
      const mentions = findDateMentions(sentence.text, article.published);
      for (const d of eventDates(sentence.text, mentions)) {
        const text = eventText(sentence.text, d.start, d.stop);
        events.push({
          date: d.date,
          end: d.end,
          precision: d.precision,
          inferred: d.inferred,
          text,
          articleId: article.id,
          paragraph: paragraph.number,
          sentenceStart: sentence.start,
          mentionStart: sentence.start + d.start,
          expression: sentence.text.slice(d.start, d.stop),
          terms: eventTerms(text),
        });
      }
    }
  }
  const peg = pegEvent(article, events);
  if (peg) events.unshift(peg);
  return events;
}
