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

describe("findDateMentions on periods and news idiom", () => {
  // A results story of Thursday 26 October 1989, as in TimeBank.
  const at = (text: string) => findDateMentions(text, "1989-10-26").map((m) => [m.text, m.value]);

  it.each([
    ["It will close by year-end.", [["year-end", "1989"]]],
    ["The group split in mid-1996.", [["mid-1996", "1996"]]],
    ["post-1959 politics", [["post-1959", "1959"]]],
    ["the 20th century", [["the 20th century", "19"]]],
    ["numbers fell through the nineties", [["the nineties", "199"]]],
    ["profit for the last half of 1989", [["the last half of 1989", "1989-H2"]]],
    ["in the 1988 third quarter", [["the 1988 third quarter", "1988-Q3"]]],
    ["in this year's third quarter", [["this year's third quarter", "1989-Q3"]]],
    ["in the year-ago third quarter", [["the year-ago third quarter", "1988-Q3"]]],
    ["costs ran high this past spring", [["this past spring", "1989-SP"]]],
    ["the winter of nineteen ninety-four", [["the winter of nineteen ninety-four", "1994-WI"]]],
    ["the board appointed last May", [["last May", "1989-05"]]],
    ["sold to bankers last December", [["last December", "1988-12"]]],
    ["removed a few years ago", [["a few years ago", "PAST_REF"]]],
    ["it said that in the past it considered", [["the past", "PAST_REF"]]],
    ["rains earlier in the year hurt", [["earlier in the year", "1989"]]],
  ])("%s", (text, expected) => {
    expect(at(text)).toEqual(expected);
  });

  it.each([
    "The stock fell 7/8 to 31 1/2.",
    "sales summer sales rose",
    "the fall of the Berlin Wall",
    "in her forties",
  ])("finds no date in an amount or a name: %s", (text) => {
    expect(at(text)).toEqual([]);
  });

  it("does not read a decimal or a thousands figure as a clock time", () => {
    expect(at("It fell 6.43, on Friday, to 437.68.")).toEqual([["Friday", "1989-10-20"]]);
    expect(at("bought after Jan. 1, 1990 at 1,015 francs")).toEqual([
      ["Jan. 1, 1990", "1990-01-01"],
    ]);
  });

  it("keeps a relative date inside its sentence", () => {
    expect(at("The year-ago figure came last year. This quarter was worse.")).toContainEqual([
      "last year",
      "1988",
    ]);
  });
});
