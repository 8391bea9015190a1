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

  it("prefers the story whose headline and lead name the question's subject to one naming it in passing", () => {
    // "who won the davis cup last year": a quote in a tennis preview holds every word ("the
    // Davis Cup in 2003", "last year"); the story of the final names the cup in its headline
    // and lead and states the winner further down, with fewer of the question's words.
    const asked = candidate("Spain won the trophy in Seville in December.", 2, {
      own: 0.4,
      near: 0.7,
      context: 0.9,
      typed: 1,
      story: 0.9,
      headline: 0.7,
      headlineSubject: 1,
    });
    const passing = candidate('"It is faster than last year," said Hewitt of the Davis Cup.', 1, {
      own: 0.8,
      near: 0.9,
      context: 0.9,
      typed: 1,
      story: 1,
      headline: 0,
      headlineSubject: 0,
    });
    expect(rankSentences([passing, asked]).map((c) => c.sentence.text)[0]).toBe(
      asked.sentence.text,
    );
  });
});
