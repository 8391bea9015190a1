import { describe, expect, it } from "vitest";
import { isPastForm, verbFormTest } from "../../src/text/irregular.js";

describe("a word shaped as a verb form", () => {
  it.each([
    ["raised", true],
    ["won", true],
    ["bought", true],
    ["red", false],
    ["seed", false],
    ["raising", false],
    ["taken", true],
    ["roses", false],
  ])("reads %j as a past form: %s", (word, past) => {
    expect(isPastForm(word)).toBe(past);
  });

  it("reads the endings it is given", () => {
    const participle = verbFormTest(["ed", "en"]);
    expect(participle("beaten")).toBe(true);
    expect(participle("raising")).toBe(false);
    expect(verbFormTest(["ed", "ing"])("raising")).toBe(true);
  });

  it("reads irregular pasts only when asked to", () => {
    const regular = verbFormTest(["ed", "ing"], false);
    expect(regular("sold")).toBe(false);
    expect(regular("following")).toBe(true);
  });
});
