import { describe, expect, it } from "vitest";
import { asksAhead, asksDone, foretells, hedges, predicts } from "../../src/answer/foretold.js";

describe("foretold", () => {
  it.each([
    ["who won the cup", true],
    ["did the bank raise rates", true],
    ["how much did the firm pay", true],
    ["who is the man who won the cup", true],
    ["where is T in the Park held", false],
    ["what are the robots called", false],
    ["where will it be held", false],
    ["who is the chief executive", false],
  ])("reads %j as asking about something done: %s", (question, done) => {
    expect(asksDone(question)).toBe(done);
  });

  it("reads a question about what is to come, and a capitalised Will only as its opening", () => {
    expect(asksAhead("Will Labour win the election?")).toBe(true);
    expect(asksAhead("when might it go on sale")).toBe(true);
    expect(asksAhead("who wrote On the Bondage of the Will")).toBe(false);
  });

  it("tells a forecast from a plan, a contest and a supposition", () => {
    const forecast = "Chelsea will win the title.";
    const plan = "Nasdaq plans to raise $100m.";
    const contest = "His nominations include best album.";
    const supposed = "It could be on the market by 2008.";
    expect([forecast, plan, contest, supposed].map(predicts)).toEqual([true, false, false, false]);
    expect([forecast, plan, contest, supposed].map(foretells)).toEqual([true, true, true, false]);
    expect([forecast, plan, contest, supposed].map(hedges)).toEqual([true, true, false, true]);
  });
});
