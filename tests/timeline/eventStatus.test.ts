import { describe, expect, it } from "vitest";
import { eventStatus } from "../../src/timeline/eventStatus.js";

/** The status of `date` (as written) in `sentence`, with no publication date. */
function status(sentence: string, date: string, published: string | null = null): string {
  const at = sentence.indexOf(date);
  return eventStatus(sentence, at, at + date.length, "2005", published);
}

describe("eventStatus", () => {
  it.each([
    ["The UK economy, on the other hand, is expected to slow in 2005.", "2005", "expected"],
    ["The summit is due to take place in 2005.", "2005", "expected"],
    ["The IMF is to cut its 2005 growth forecast for Germany.", "2005", "expected"],
    ["2005 will see the launch of the new console.", "2005", "expected"],
    ["In 2005, according to the ministry, oil imports will reach 110m tons.", "2005", "expected"],
    ["The economy looks set for strong growth in 2005.", "2005", "expected"],
    ["Lufthansa was hit in 2005 by tough competition.", "2005", "happened"],
    [
      "Johnson, who captained England in 2005, will play his final match in June.",
      "2005",
      "happened",
    ],
    ["Inflation fell to 4.3% in 2005 and is expected to remain low.", "2005", "happened"],
    ["Lord Goldsmith warned Tony Blair in 2005 that the war could be illegal.", "2005", "happened"],
    ["Their first win since 2005 will fuel expectations.", "2005", "happened"],
    ["Sales rose in May 2005, the firm said.", "May 2005", "happened"],
  ])("%s → %s is %s", (sentence, date, expected) => {
    expect(status(sentence, date)).toBe(expected);
  });

  it("calls a date after publication expected, whatever the verb", () => {
    expect(status("The vote takes place in 2005.", "2005", "2004-06-01")).toBe("expected");
    expect(status("The vote takes place in 2005.", "2005", "2006-06-01")).toBe("happened");
  });
});
