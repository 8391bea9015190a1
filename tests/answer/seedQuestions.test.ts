import path from "node:path";
import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { buildKnowledge } from "../../src/knowledge/buildKnowledge.js";

/** The questions over the seed articles that the answer-engine issue found failing. */
describe("/ask on the seed articles, as readers type", async () => {
  const knowledge = await buildKnowledge(path.join(import.meta.dirname, "../../corpus"));

  it("answers where the meeting took place with the place itself", () => {
    const result = ask(knowledge, "Where did the meeting take place?");
    expect(result.abstained).toBe(false);
    expect(result.short?.text).toBe("Kabul");
  });

  it("gives a date when asked when", () => {
    const result = ask(knowledge, "when did russia recognize the taliban?");
    expect(result.abstained).toBe(false);
    expect(result.short?.text).toMatch(/\b(19|20)\d\d\b|day\b|January|July/u);
  });

  it("corrects misspellings against the corpus and says what it searched for", () => {
    const result = ask(knowledge, "recogniton of talibn by rusia");
    expect(result.corrected).toBe("recognition of taliban by russia");
    expect(result.abstained).toBe(false);
    expect(result.sentences[0]?.text).toMatch(/recogni/u);
  });

  it("ignores mention syntax and answers the question behind it", () => {
    const result = ask(
      knowledge,
      "@everyone <@123456789012345678> who is Russia's ambassador to Afghanistan?",
    );
    expect(result.abstained).toBe(false);
    expect(result.short?.text).toBe("Dmitry Zhirnov");
    expect(result.corrected).toBeNull();
  });
});
