import type { Article } from "../corpus/types.js";
import { eventDates } from "./eventDates.js";
import { eventStatus } from "./eventStatus.js";
import { eventNames, eventTerms, namesIn } from "./eventTerms.js";
import { findDateMentions } from "./findDateMentions.js";
import { pegEvent } from "./pegEvent.js";
import { sentenceEvents } from "./sentenceEvents.js";
import type { DatedEvent } from "./types.js";

/**
 * The dated events an article reports, in article order: the events each sentence states (see
 * {@link sentenceEvents}: one per sentence unless its clauses tell several; lists of dates are
 * not events), each marked as happened or expected (see {@link eventStatus}), plus the article's
 * news peg (see {@link pegEvent}). Relative dates are resolved against `article.published`;
 * without it only stated dates are kept. Durations are never events. Dates inside direct quotes
 * count like any other.
 */
export function extractEvents(article: Article): DatedEvent[] {
  const events: DatedEvent[] = [];
  const names = namesIn(article.paragraphs.map((p) => p.text).join("\n"));
  for (const paragraph of article.paragraphs) {
    for (const sentence of paragraph.sentences) {
      const mentions = findDateMentions(sentence.text, article.published);
      for (const { date: d, text } of sentenceEvents(
        sentence.text,
        eventDates(sentence.text, mentions),
      )) {
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
          // Names from the whole sentence: a clause cut out for its date may have lost its
          // subject ("…the 2000 Olympic 200m champion…" is Kenteris).
          names: eventNames(sentence.text, names),
          status: eventStatus(sentence.text, d.start, d.stop, d.date, article.published),
        });
      }
    }
  }
  const peg = pegEvent(article, events);
  if (peg) events.unshift(peg);
  return events;
}
