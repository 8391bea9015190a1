import type { Article } from "../corpus/types.js";
import { eventNames, eventTerms, namesIn } from "./eventTerms.js";
import { textWithout } from "./eventText.js";
import { cueStatus } from "./eventStatus.js";
import type { DatedEvent } from "./types.js";

/**
 * The news peg: the event an article's opening sentence reports ("Russia has officially
 * recognized the Taliban government"), which news writing seldom dates in that sentence. It is
 * dated by the first day named in the opening paragraph ("… in Kabul on Thursday") that is not
 * after publication, else by the publication date itself; either way the date is inferred.
 * Returns null when the article has no publication date, or the opening sentence names its own
 * day, or states another date that cannot be cut away.
 *
 * Its terms include the headline's, which states the same news in other words: that is what
 * lets two articles' pegs be recognised as one event.
 */
export function pegEvent(article: Article, events: readonly DatedEvent[]): DatedEvent | null {
  const paragraph = article.paragraphs[0];
  const lede = paragraph?.sentences[0];
  if (!article.published || !paragraph || !lede) return null;
  const inLede = events.filter(
    (e) => e.paragraph === paragraph.number && e.sentenceStart === lede.start,
  );
  if (inLede.some((e) => e.precision === "day")) return null;
  const day = events.find(
    (e) =>
      e.paragraph === paragraph.number &&
      e.precision === "day" &&
      e.date <= (article.published ?? ""),
  );
  const skip = inLede.map((e) => {
    const start = e.mentionStart - lede.start;
    return { start, end: start + (e.expression?.length ?? 0) };
  });
  const text = textWithout(lede.text, skip);
  // A short opening sentence that dates itself ("… will grow in 2004") has no other event to
  // date by publication; only a long one can be cut to a clause free of other dates.
  if (inLede.some((e) => e.expression !== null && text.includes(e.expression))) return null;
  return {
    date: day?.date ?? article.published,
    end: null,
    precision: "day",
    inferred: true,
    text,
    articleId: article.id,
    paragraph: paragraph.number,
    sentenceStart: lede.start,
    mentionStart: lede.start,
    expression: null,
    terms: eventTerms(text, article.title),
    names: eventNames(text, namesIn(article.paragraphs.map((p) => p.text).join("\n"))),
    status: cueStatus(text),
  };
}
