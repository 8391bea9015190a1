import { describe, expect, it } from "vitest";
import { eventTerms } from "../../src/timeline/eventTerms.js";
import { mergeEvents } from "../../src/timeline/mergeEvents.js";
import type { DatedEvent } from "../../src/timeline/types.js";

function event(
  articleId: string,
  date: string,
  text: string,
  at: { paragraph?: number; sentence?: number; end?: string } = {},
): DatedEvent {
  const end = at.end ?? null;
  return {
    date,
    end,
    precision: end ? "range" : date.length === 4 ? "year" : date.length === 7 ? "month" : "day",
    inferred: false,
    text,
    articleId,
    paragraph: at.paragraph ?? 1,
    sentenceStart: at.sentence ?? 0,
    mentionStart: at.sentence ?? 0,
    expression: date,
    terms: eventTerms(text),
  };
}

const summary = (events: DatedEvent[]) =>
  mergeEvents(events).map((e) => [e.date, e.sources.map((s) => s.articleId).join("+")]);

describe("mergeEvents", () => {
  it("makes one entry, with both sources, of an event two articles tell in other words", () => {
    const entries = mergeEvents([
      event(
        "b",
        "2025-07-03",
        "Russia has become the first country to recognize the Taliban government.",
      ),
      event(
        "a",
        "2025-07-03",
        "Russia officially recognized the Taliban government, the first country to do so.",
      ),
    ]);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.sources.map((s) => s.articleId)).toEqual(["a", "b"]);
    expect(entries[0]?.text).toBe(
      "Russia officially recognized the Taliban government, the first country to do so.",
    );
  });

  it("keeps apart two events of one day that share few words", () => {
    expect(
      summary([
        event("a", "2025-07-03", "Russia recognized the Taliban government."),
        event("b", "2025-07-03", "Floods closed the main road to Kabul airport."),
      ]),
    ).toEqual([
      ["2025-07-03", "a"],
      ["2025-07-03", "b"],
    ]);
  });

  it("keeps apart reports with the same words on different dates", () => {
    expect(
      summary([
        event("a", "2024", "Russia removed the Taliban from its list of terrorist organizations."),
        event("b", "2021", "Russia removed the Taliban from its list of terrorist organizations."),
      ]),
    ).toEqual([
      ["2021", "b"],
      ["2024", "a"],
    ]);
  });

  it("merges a year with a month inside it when the words match, dating the entry by the month", () => {
    const entries = mergeEvents([
      event("a", "2024", "Russia removed the Taliban from its list of terrorist organizations."),
      event(
        "b",
        "2024-04",
        "In April, Russia removed the Taliban from its terrorist organizations list.",
      ),
    ]);
    expect(entries.map((e) => [e.date, e.precision, e.sources.length])).toEqual([
      ["2024-04", "month", 2],
    ]);
  });

  it("puts events oldest first, a range by its start and a year before a month of that year", () => {
    expect(
      summary([
        event("a", "2025-07-03", "Recognition."),
        event("a", "2024-04", "Removal from the list."),
        event("a", "2024", "Putin's remark."),
        event("a", "1996", "Previous rule.", { end: "2001" }),
        event("a", "2021-08", "Takeover."),
      ]).map(([date]) => date),
    ).toEqual(["1996", "2021-08", "2024", "2024-04", "2025-07-03"]);
  });

  it("orders events of the same day by article, then by sentence", () => {
    expect(
      mergeEvents([
        event("b", "2025-07-03", "Storm hits coast.", { paragraph: 1 }),
        event("a", "2025-07-03", "Bank raises rates.", { paragraph: 3 }),
        event("a", "2025-07-03", "Parliament votes on budget.", { paragraph: 2 }),
      ]).map((e) => e.text),
    ).toEqual(["Parliament votes on budget.", "Bank raises rates.", "Storm hits coast."]);
  });

  it("merges two dated sentences of one paragraph that give the same day", () => {
    const entries = mergeEvents([
      event("a", "2025-07-03", "Russia recognized the Taliban.", { sentence: 0 }),
      event("a", "2025-07-03", "The minister announced it in Kabul.", { sentence: 40 }),
    ]);
    expect(entries.map((e) => e.sources.length)).toEqual([2]);
  });
});
