/**
 * A listwise ranker for the chooser: softmax over each question's candidates, trained to put
 * its probability on the candidates that hold the fact (the tune half only), with an L2 pull
 * towards zero. Linear, so the result is a set of feature weights like the hand-tuned ones.
 */

/** One question's candidates: feature rows and which of them hold the fact. */
export interface RankingList {
  readonly rows: readonly (readonly number[])[];
  readonly good: readonly boolean[];
}

/** Learning settings. */
export interface LearnOptions {
  readonly l2: number;
  readonly epochs: number;
  readonly rate: number;
}

/** Weights (one per feature column) maximising the log-probability of the good candidates. */
export function learnRanker(
  lists: readonly RankingList[],
  width: number,
  opts: LearnOptions,
): number[] {
  const usable = lists.filter((l) => l.good.some(Boolean) && l.good.some((g) => !g));
  const w = new Array<number>(width).fill(0);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    const grad = new Array<number>(width).fill(0);
    for (const list of usable) {
      const scores = list.rows.map((r) => r.reduce((s, v, i) => s + v * w[i]!, 0));
      const max = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - max));
      const total = exp.reduce((a, b) => a + b, 0);
      const goodTotal = exp.reduce((a, e, i) => a + (list.good[i] ? e : 0), 0);
      // d(-log P(good))/dw = E_all[x] - E_good[x]
      list.rows.forEach((r, k) => {
        const p = exp[k]! / total - (list.good[k] ? exp[k]! / goodTotal : 0);
        for (let i = 0; i < width; i++) grad[i]! += p * r[i]!;
      });
    }
    for (let i = 0; i < width; i++)
      w[i]! -= opts.rate * (grad[i]! / usable.length + opts.l2 * w[i]!);
  }
  return w;
}
