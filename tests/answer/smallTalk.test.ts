import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { isSmallTalk, SMALL_TALK_REPLY } from "../../src/answer/smallTalk.js";
import { literalKnowledge } from "../support/literalKnowledge.js";

describe("small talk", () => {
  it("is a message that only greets, thanks or says goodbye", () => {
    for (const text of [
      "hello",
      "Hi there!",
      "hey newsdesk",
      "thanks",
      "Thank you so much!",
      "good morning",
      "ok thanks",
      "bye",
    ]) {
      expect(isSmallTalk(text), text).toBe(true);
    }
  });

  it("is never a question, even one that starts with a greeting word", () => {
    for (const text of [
      "hello, who runs yukos?",
      "who said hello",
      "thanks to what did shares rise",
      "hey ya sales",
      "ok computer reissue",
      "nice",
      "cheers in the commons",
    ]) {
      expect(isSmallTalk(text), text).toBe(false);
    }
  });
});

describe("ask, given small talk", () => {
  const knowledge = literalKnowledge([
    {
      id: "wage",
      title: "Minimum Wage Rises",
      body: "It is goodbye sweatshops, hello decency, the union said. The minimum wage rose to 5.05 pounds.",
    },
  ]);

  it("says how to ask, and cites no sentence that merely holds the greeting's word", () => {
    const result = ask(knowledge, "hello!");
    expect(result.abstained).toBe(true);
    expect(result.citations).toEqual([]);
    expect(result.answer).toBe(SMALL_TALK_REPLY);
  });

  it("still answers a question that opens with a greeting", () => {
    const result = ask(knowledge, "hello, what did the minimum wage rise to?");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("5.05");
  });
});
