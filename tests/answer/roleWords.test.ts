import { describe, expect, it } from "vitest";
import { otherRole } from "../../src/answer/roleWords.js";

describe("otherRole", () => {
  const asked = (...words: string[]) => new Set(words);
  it("names the office a clause gives where the question asks another", () => {
    expect(
      otherRole(asked("chief", "executive"), "Zentra chairman Olaf Brin said fares would fall."),
    ).toEqual({
      missing: "chief executive",
      instead: "chairman",
    });
  });
  it("leaves the office open when the clause names the one asked, a leader word, or none", () => {
    expect(otherRole(asked("ceo"), "Zentra chief executive Ada Voss said so.")).toBeNull();
    expect(otherRole(asked("chief", "executive"), "Zentra boss Ada Voss said so.")).toBeNull();
    expect(otherRole(asked("chief", "executive"), "Ada Voss said fares would fall.")).toBeNull();
    expect(otherRole(asked("boss"), "Zentra chairman Olaf Brin said so.")).toBeNull();
  });
});
