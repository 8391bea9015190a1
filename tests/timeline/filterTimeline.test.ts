import { describe, expect, it } from "vitest";
import { filterTimeline, parseTimelineQuery } from "../../src/timeline/filterTimeline.js";
import type { TimelineEntry } from "../../src/timeline/types.js";
import { eventTerms } from "../../src/timeline/eventTerms.js";
import { literalEntry } from "./literalEntry.js";

function entry(date: string, text: string, end: string | null = null): TimelineEntry {
  return literalEntry(date, text, { precision: "year", end });
}

const entries = [
  entry("1996", "The Taliban ruled.", "2001"),
  entry("2021-08", "The Taliban took over Kabul."),
  entry("2024", "Putin called the Taliban a partner."),
  entry("2024-04", "Russia removed the Taliban from its terrorist list."),
  entry("2025-07-03", "Russia recognized the Taliban government."),
];

function run(query: Parameters<typeof parseTimelineQuery>[0]): string[] {
  const filter = parseTimelineQuery(query);
  if (!filter.ok) throw new Error(filter.error);
  return filterTimeline(entries, filter.value).map((e) => e.date);
}

describe("timeline filter", () => {
  it("keeps everything without options", () => {
    expect(run({})).toHaveLength(5);
  });

  it("keeps entries whose days overlap from..to, a coarser date included", () => {
    expect(run({ from: "2024-04", to: "2024-04-30" })).toEqual(["2024", "2024-04"]);
  });

  it("keeps a year narrowed to its end or first half only where that part meets the window", () => {
    const narrowed = [
      entry("2005", "Payments are deferred until the end of 2005."),
      entry("2005", "Growth in the first half of 2005 will slow."),
      entry("2005", "The economy will grow in 2005."),
    ];
    const window = parseTimelineQuery({ from: "2004-12", to: "2005-01" });
    if (!window.ok) throw new Error(window.error);
    expect(filterTimeline(narrowed, window.value).map((e) => e.text)).toEqual([
      "Growth in the first half of 2005 will slow.",
      "The economy will grow in 2005.",
    ]);
  });

  it("keeps a range that reaches into the window", () => {
    expect(run({ to: "1999" })).toEqual(["1996"]);
  });

  it("takes `to` up to the last day it names", () => {
    expect(run({ from: "2021", to: "2021" })).toEqual(["2021-08"]);
  });

  it("matches topic words by word family, all of them", () => {
    expect(run({ topic: "Russia recognition" })).toEqual(["2025-07-03"]);
    expect(run({ topic: "terrorists" })).toEqual(["2024-04"]);
  });

  it("matches the topic in the sentence before the event, but not farther away", () => {
    const filter = parseTimelineQuery({ topic: "sanctions" });
    if (!filter.ok) throw new Error(filter.error);
    const words = (text: string) => new Set(eventTerms(text));
    const around = (before: string) => (s: { text: string }) =>
      s.text.includes("partner") ? { sentence: words(s.text), before: words(before) } : undefined;
    const dates = (before: string) =>
      filterTimeline(entries, filter.value, around(before)).map((e) => e.date);
    expect(dates("Sanctions followed.")).toEqual(["2024"]);
    expect(dates("Trade followed.")).toEqual([]);
  });

  it("does not match an event by a topic word elsewhere in its article", () => {
    const filter = parseTimelineQuery({ topic: "Kabul" });
    if (!filter.ok) throw new Error(filter.error);
    // Same article "a" as the Kabul sentence, other sentences: only the Kabul one matches.
    expect(filterTimeline(entries, filter.value).map((e) => e.date)).toEqual(["2021-08"]);
  });

  it("refuses a `show` other than all or strongest", () => {
    expect(parseTimelineQuery({ show: "everything" })).toEqual({
      ok: false,
      error: "`show`: write all (every event) or strongest (the default).",
    });
    const all = parseTimelineQuery({ show: "ALL" });
    expect(all.ok && all.value.all).toBe(true);
  });

  it("refuses `from` after `to` with a message naming both", () => {
    expect(parseTimelineQuery({ from: "2025", to: "April 2024" })).toEqual({
      ok: false,
      error: "`from` (2025) is after `to` (2024-04); swap them or widen the range.",
    });
  });

  it("passes on the message for a bad date", () => {
    const result = parseTimelineQuery({ to: "2024-00" });
    expect(result.ok ? "" : result.error).toContain("`to`");
  });
});
