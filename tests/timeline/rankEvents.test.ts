import { describe, expect, it } from "vitest";
import { rankEvents, strongestEvents } from "../../src/timeline/rankEvents.js";
import type { TimelineEntry } from "../../src/timeline/types.js";
import { literalEntry } from "./literalEntry.js";

function entry(date: string, text: string, articles: readonly string[]): TimelineEntry {
  return literalEntry(date, text, { precision: "year", articles });
}

const entries = [
  entry("1948", "Ireland won the Grand Slam.", ["a"]),
  entry("2003", "England won the World Cup.", ["a", "b", "c"]),
  entry("2004", "Wales lost to France.", ["d"]),
  entry("2004", "Scotland lost to Italy.", ["e"]),
  entry("2005", "Ireland beat England.", ["f"]),
];

describe("rankEvents", () => {
  it("ranks an event several articles report above one reported once", () => {
    expect(rankEvents(entries, () => 1)[0]!.entry.date).toBe("2003");
  });

  it("ranks a date several articles name above a lone one, and the topic's own sentence above its context", () => {
    const ranked = rankEvents(entries, (e) => (e.date === "2005" ? 0.5 : 1)).map(
      (r) => r.entry.text,
    );
    expect(ranked.indexOf("Wales lost to France.")).toBeLessThan(
      ranked.indexOf("Ireland won the Grand Slam."),
    );
    expect(ranked.at(-1)).toBe("Ireland beat England.");
  });

  it("keeps the strongest when there are many, back in date order, and every one when asked", () => {
    expect(strongestEvents(entries, () => 1, false, 2, 3).map((e) => e.date)).toEqual([
      "2003",
      "2004",
    ]);
    expect(strongestEvents(entries, () => 1, true, 2, 3)).toHaveLength(5);
  });

  it("shows every event of a few articles: they read as one story", () => {
    expect(strongestEvents(entries, () => 1, false, 2, 6)).toHaveLength(5);
  });
});
