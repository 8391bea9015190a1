import { describe, expect, it } from "vitest";
import {
  figuresDisagree,
  partInText,
  periodPart,
  statedFigures,
} from "../../src/timeline/reportDetails.js";

describe("periodPart", () => {
  it("reads the part of the period a date expression is narrowed to", () => {
    expect(periodPart("adopted broadband by the end of 2005")).toBe("late");
    expect(periodPart("in late 2004")).toBe("late");
    expect(periodPart("sales in the last quarter of 2004")).toBe("late");
    expect(periodPart("By the middle of 2005")).toBe("mid");
    expect(periodPart("until mid-2005")).toBe("mid");
    expect(periodPart("in the first quarter of 2003")).toBe("early");
    expect(periodPart("at the start of March 2003")).toBe("early");
    expect(periodPart("the first Grand Slam since 1948")).toBeNull();
    expect(periodPart("a friend since 1948")).toBeNull();
  });

  it("finds the expression in an event's text", () => {
    expect(partInText("Homes will have it by the end of 2005.", "the end of 2005")).toBe("late");
    expect(partInText("Homes will have it by the end of 2005.", "2005")).toBe("late");
    expect(partInText("Homes had it in 2005.", null)).toBeNull();
  });
});

describe("statedFigures", () => {
  it("reads sums of money and percentages as plain numbers", () => {
    const figures = statedFigures("Exports reached $445.1bn (331bn euros), up 12.6%, in 2004.");
    expect([...(figures.get("money") ?? [])]).toEqual([445.1e9, 331e9]);
    expect([...(figures.get("percent") ?? [])]).toEqual([12.6]);
  });

  it("finds two reports at odds only when they state figures of one kind and share none", () => {
    expect(figuresDisagree("Remittances reached $45bn.", "Exports reached $445.1bn.")).toBe(true);
    expect(figuresDisagree("It shrank 0.2% in 2004.", "It shrank 0.2%, the bank said.")).toBe(
      false,
    );
    expect(figuresDisagree("Shipments will reach $125bn.", "They will grow by 11%.")).toBe(false);
    expect(figuresDisagree("Prices fell to £178,906.", "Prices slowed in late 2004.")).toBe(false);
  });
});
