import { describe, expect, it } from "vitest";
import { BREAK_PIXELS, endDay, startDay, timeAxis } from "../../src/timeline/timeAxis.js";

describe("timeAxis", () => {
  it("places moments in proportion to time", () => {
    const days = ["2001", "2002", "2004"].map(startDay);
    const axis = timeAxis(days, 300);
    const [a, b, c] = days.map((d) => axis.at(d));
    expect(a).toBe(0);
    expect(c).toBeCloseTo(300, 5);
    // 2001→2002 is one year of three.
    expect(b! / c!).toBeCloseTo(365 / (365 + 365 + 366), 2);
    expect(axis.breaks).toEqual([]);
  });

  it("cuts a long empty stretch short and reports how many years it leaves out", () => {
    const days = ["1948", "2003", "2004", "2005"].map(startDay);
    const axis = timeAxis(days, 300);
    expect(axis.breaks).toHaveLength(1);
    expect(axis.breaks[0]!.years).toBe(55);
    expect(axis.at(days[1]!) - axis.at(days[0]!)).toBe(BREAK_PIXELS);
    // What is left keeps its proportions: 2003→2004 and 2004→2005 take the same room.
    const first = axis.at(days[2]!) - axis.at(days[1]!);
    const second = axis.at(days[3]!) - axis.at(days[2]!);
    expect(first / second).toBeCloseTo(365 / 366, 3);
  });

  it("never cuts the span of a range: it is not empty", () => {
    const rule = [startDay("1996"), endDay("2001")] as const;
    const days = [...rule, ...["2021", "2021-08", "2024", "2024-04", "2025-07-03"].map(startDay)];
    expect(timeAxis(days, 300).breaks.map((b) => b.years)).toEqual([6, 19]);
    expect(timeAxis(days, 300, [rule]).breaks.map((b) => b.years)).toEqual([19]);
  });
});
