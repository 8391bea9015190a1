/** Retrieval quality over a set of queries with one gold document each. */
export interface RankMetrics {
  readonly queries: number;
  readonly r1: number;
  readonly r5: number;
  readonly r20: number;
  readonly mrr10: number;
}

/**
 * Recall at 1, 5 and 20 and MRR@10 from the 1-based rank of each query's gold document
 * (null when it was not among the results).
 */
export function rankMetrics(ranks: readonly (number | null)[]): RankMetrics {
  const n = ranks.length || 1;
  const within = (k: number): number => ranks.filter((r) => r !== null && r <= k).length / n;
  const mrr = ranks.reduce<number>((sum, r) => sum + (r !== null && r <= 10 ? 1 / r : 0), 0) / n;
  return { queries: ranks.length, r1: within(1), r5: within(5), r20: within(20), mrr10: mrr };
}
