import { describe, expect, it } from "vitest";
import { eventDates } from "../../src/timeline/eventDates.js";
import { findDateMentions } from "../../src/timeline/findDateMentions.js";
import { sentenceEvents } from "../../src/timeline/sentenceEvents.js";

function events(sentence: string): Array<[string, string]> {
  return sentenceEvents(sentence, eventDates(sentence, findDateMentions(sentence, null))).map(
    (e) => [e.date.date, e.text],
  );
}

describe("sentenceEvents", () => {
  it("gives a short sentence with two dates one entry, under its first date", () => {
    const s = "Profits in 2004 were higher than in 2003.";
    expect(events(s)).toEqual([["2004", s]]);
  });

  it("keeps each clause of a long sentence that dates two happenings", () => {
    const s =
      "The company, which floated on the London stock market in 1998 after years of rapid growth in its home market, " +
      "was bought by a US rival in 2004 for a sum that analysts at the time described as far too generous for a firm of its size.";
    expect(events(s).map(([date]) => date)).toEqual(["1998", "2004"]);
  });

  it("makes no event of a list of years", () => {
    expect(events("They were champions in 1998, 2001 and 2003.")).toEqual([]);
  });

  it("makes no event of a model year", () => {
    expect(events("The 2005 model of the car sold well.")).toEqual([]);
  });
});
