import { describe, expect, it } from "vitest";
import { parseDateBound } from "../../src/timeline/parseDateBound.js";

describe("parseDateBound", () => {
  it.each([
    ["2024", "2024", "2024-01-01", "2024-12-31"],
    ["2024-04", "2024-04", "2024-04-01", "2024-04-30"],
    ["April 2024", "2024-04", "2024-04-01", "2024-04-30"],
    ["apr 2024", "2024-04", "2024-04-01", "2024-04-30"],
    ["2024-04-01", "2024-04-01", "2024-04-01", "2024-04-01"],
    ["1 April 2024", "2024-04-01", "2024-04-01", "2024-04-01"],
    ["April 1, 2024", "2024-04-01", "2024-04-01", "2024-04-01"],
    ["2024-02", "2024-02", "2024-02-01", "2024-02-29"],
    ["  2025-7 ", "2025-07", "2025-07-01", "2025-07-31"],
  ])("reads %j as %s", (input, date, first, last) => {
    expect(parseDateBound(input)).toEqual({
      ok: true,
      value: expect.objectContaining({ date, interval: { first, last } }),
    });
  });

  it.each([
    ["2024-13", "month 13"],
    ["2023-02-29", "February 2023 has 28 days"],
    ["Aprill 2024", '"Aprill"'],
    ["next week", "try 2024, 2024-04, April 2024 or 2024-04-01"],
    ["04/01/2024", "day-month or month-day"],
    ["", "empty"],
  ])("explains what is wrong with %j", (input, message) => {
    const result = parseDateBound(input, "from");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain(message);
      expect(result.error).toContain("`from`");
    }
  });
});
