import { describe, expect, it } from "vitest";
import { TermLookup } from "../../src/text/termLookup.js";
import { termOf } from "../../src/text/tokens.js";

const lookup = new TermLookup(["recogn", "taliban", "war", "recognit"]);

describe("TermLookup", () => {
  it("numbers the terms it was given", () => {
    expect(lookup.numberOf("taliban")).toBe(1);
    expect(lookup.numberOf("war")).toBe(2);
    expect(lookup.numberOf("warn")).toBe(-1);
    expect(lookup.numberOf("zebra")).toBe(-1);
  });

  it("finds a long term's family by its first six letters", () => {
    expect(lookup.relativesOf("recognis")).toEqual([0, 3]);
    expect(lookup.relativesOf("talibans")).toEqual([1]);
    expect(lookup.relativesOf("recogn")).toEqual([0, 3]);
  });

  it("treats a short term as a family of its own", () => {
    expect(lookup.relativesOf("war")).toEqual([2]);
    expect(lookup.relativesOf("wa")).toBeUndefined();
    expect(lookup.relativesOf("ward")).toBeUndefined();
    expect(lookup.relativesOf("recog")).toBeUndefined();
  });

  it("agrees with the stemmer's families: recognition and recognized", () => {
    const question = new TermLookup([termOf("recognition")!]);
    expect(question.relativesOf(termOf("recognized")!)).toEqual([0]);
    expect(question.relativesOf(termOf("reckless")!)).toBeUndefined();
  });
});
