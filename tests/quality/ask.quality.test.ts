import path from "node:path";
import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { buildKnowledge } from "../../src/knowledge/buildKnowledge.js";
import { expectCitationsHold } from "../support/citations/index.js";
import { ANSWERABLE, KNOWN_MISSES, UNANSWERABLE } from "./askSet.js";
import { judge } from "./scoreAsk.js";

const knowledge = await buildKnowledge(path.join(import.meta.dirname, "../../corpus"));

// Each question is a test of its own, so a newly failing one fails by name. A question listed
// in KNOWN_MISSES is expected to fail (with the reason); when it starts passing, `it.fails`
// turns red and the question must be taken off the list.
describe("/ask quality set over the seeds: answerable questions", () => {
  it("has the questions the issue asks for", () => {
    expect(ANSWERABLE.length).toBeGreaterThanOrEqual(25);
    expect(UNANSWERABLE.length).toBeGreaterThanOrEqual(5);
  });

  for (const c of ANSWERABLE) {
    const known = KNOWN_MISSES.get(c.question);
    const test = known ? it.fails : it;
    test(`${c.question}${known ? ` (known miss: ${known})` : ""}`, () => {
      const outcome = judge(knowledge, c);
      expect(outcome.why).toBe("");
      expectCitationsHold(ask(knowledge, c.question), knowledge);
    });
  }
});

describe("/ask quality set over the seeds: questions the articles cannot answer", () => {
  it.each(UNANSWERABLE)("abstains on %s", (question) => {
    expect(ask(knowledge, question)).toMatchObject({ abstained: true, citations: [] });
  });
});
