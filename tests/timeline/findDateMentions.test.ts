import { describe, expect, it } from "vitest";
import { findDateMentions } from "../../src/timeline/findDateMentions.js";

// Published on Thursday 3 July 2025, like the seed articles.
const PUBLISHED = "2025-07-03";
const found = (text: string, published: string | null = PUBLISHED) =>
  findDateMentions(text, published).map((m) => [
    m.text,
    m.value,
    m.inferred ? "inferred" : "stated",
  ]);

describe("findDateMentions", () => {
  it.each([
    ["It fell in 2021.", [["2021", "2021", "stated"]]],
    ["It changed in April 2024.", [["April 2024", "2024-04", "stated"]]],
    ["After taking over in August 2021, they ruled.", [["August 2021", "2021-08", "stated"]]],
    ["Earlier in 2024, Putin spoke.", [["2024", "2024", "stated"]]],
    ["They met in Kabul on Thursday.", [["Thursday", "2025-07-03", "inferred"]]],
    ["The talks began on Monday.", [["Monday", "2025-06-30", "inferred"]]],
    ["It was signed on 3 July 2025.", [["3 July 2025", "2025-07-03", "stated"]]],
    ["It was signed on July 1.", [["July 1", "2025-07-01", "inferred"]]],
    ["Prices rose last year.", [["last year", "2024", "inferred"]]],
    ["Sales fell yesterday.", [["yesterday", "2025-07-02", "inferred"]]],
    ["the 1990s were hard", [["1990s", "199", "stated"]]],
    [
      "He served 1996-2001.",
      [
        ["1996", "1996", "stated"],
        ["2001", "2001", "stated"],
      ],
    ],
    [
      "their rule from 1996 to 2001 ended",
      [
        ["1996", "1996", "stated"],
        ["2001", "2001", "stated"],
      ],
    ],
    ["profits in the third quarter", [["the third quarter", "2025-Q3", "inferred"]]],
    ["Prices are now higher.", [["now", "PRESENT_REF", "inferred"]]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    "following nearly four years of the group's rule",
    "after nearly two decades",
    "a 20-year war involving U.S. forces",
    "decades of conflict",
    "a shift has been observed over the last year",
    "it lasted two weeks",
    "in the past three years",
    "2000 people marched",
    "it cost $2021",
  ])("finds no date in a duration or number: %s", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("leaves a date counted from another event unplaced", () => {
    expect(found("Talks resumed the day after the vote.")).toEqual([
      ["the day after", "XXXX-XX-XX", "inferred"],
    ]);
  });

  it("reads a part of a named day as that day", () => {
    expect(
      findDateMentions("Shelling began on Wednesday night.", PUBLISHED).map((m) => [
        m.value,
        m.kind,
      ]),
    ).toEqual([["2025-07-02", "date"]]);
  });

  it("resolves a weekday to the latest one on or before publication, not after", () => {
    // 3 July 2025 is a Thursday: "Friday" is 27 June, not the next day.
    expect(found("The vote was held on Friday.")).toEqual([["Friday", "2025-06-27", "inferred"]]);
  });

  it("sends a weekday forward when the sentence speaks of the future", () => {
    expect(found("The minister will visit on Friday.")).toEqual([
      ["Friday", "2025-07-04", "inferred"],
    ]);
  });

  it("counts a date inside a direct quote", () => {
    expect(found("“We signed it in March 2023,” he said.")).toEqual([
      ["March 2023", "2023-03", "stated"],
    ]);
  });

  it("keeps only stated dates when the publication date is unknown", () => {
    expect(found("On Thursday, after the 2004 election, prices rose last year.", null)).toEqual([
      ["2004", "2004", "stated"],
    ]);
  });

  it("puts a month without a year in the nearest year, leaning to the past", () => {
    // In a story of 26 October 1989, "April" is April 1989 and "Dec. 7" is the coming December.
    expect(
      found("Sales rose in April and will close Dec. 7.", "1989-10-26").map((m) => m[1]),
    ).toEqual(["1989-04", "1989-12-07"]);
  });

  it("gives offsets that point at the expression", () => {
    const text = "Russia acted in April 2024, then again.";
    const [m] = findDateMentions(text, PUBLISHED);
    expect(m && text.slice(m.start, m.end)).toBe("April 2024");
  });
});
