/**
 * Weights of the candidate features when choosing the answer sentence. Written by
 * `bench/ask/tuneChooser.ts` from the tune half of the BBC dev questions; the check half
 * decides whether they are kept.
 */
export const CHOOSE_WEIGHTS = {
  own: 1,
  near: 0.75,
  context: 0.5,
  typed: 0.5,
  story: 0.7,
  headline: 0.5,
  headlineSubject: 0.5,
  article: 1,
  passage: 0,
  lead: 0.1,
  subject: 0,
  predicate: 0.2,
  close: 0.3,
  role: 0.3,
  amount: 0.2,
  rank: 0.2,
} as const;
