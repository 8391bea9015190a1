import { describe, expect, it } from "vitest";
import type { CandidateFeatures } from "../../src/answer/candidateFeatures.js";
import type { Candidate } from "../../src/answer/candidates.js";
import { rankSentences } from "../../src/answer/rankSentences.js";

/** A candidate with only what ranking reads: its features and its place in the corpus. */
function candidate(text: string, order: number, features: Partial<CandidateFeatures>): Candidate {
  const all: CandidateFeatures = {
    own: 0,
    near: 0,
    context: 0,
    typed: 0,
    story: 0,
    headline: 0,
    headlineSubject: 0,
    article: 1,
    passage: 0,
    lead: 0,
    subject: 1,
    predicate: 1,
    close: 0,
    role: 0,
    amount: 0,
    rank: 1,
    ...features,
  };
  return { sentence: { text }, passage: { order }, features: all } as unknown as Candidate;
}

describe("rankSentences", () => {
  it("prefers the answer in the story the question asks about to a sentence repeating more of its words in another", () => {
    // "how many jobs will the Longbridge plant cut": the asked story says "It will shed 1,100
    // posts" after naming the plant in its title and lead; another story repeats "jobs" and
    // "cut" with a number of its own.
    const asked = candidate("It will shed 1,100 posts by June.", 2, {
      own: 0.3,
      near: 0.6,
      context: 0.8,
      typed: 1,
      story: 1,
      close: 0.5,
    });
    const other = candidate("The bank will cut 300 jobs at its plant.", 1, {
      own: 0.6,
      near: 0.6,
      context: 0.6,
      typed: 1,
      story: 0.6,
      close: 0.5,
    });
    expect(rankSentences([other, asked]).map((c) => c.sentence.text)[0]).toBe(asked.sentence.text);
  });
});
