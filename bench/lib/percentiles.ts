/** Latency summary of a series of timings, in milliseconds. */
export interface Latency {
  readonly count: number;
  readonly mean: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

/** Summarises timings (ms) by nearest-rank percentiles. */
export function summarize(timings: readonly number[]): Latency {
  const sorted = [...timings].sort((a, b) => a - b);
  const at = (p: number): number =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
  const total = sorted.reduce((sum, t) => sum + t, 0);
  return {
    count: sorted.length,
    mean: sorted.length > 0 ? total / sorted.length : NaN,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: sorted.at(-1) ?? NaN,
  };
}

/** Runs `fn` and returns its result with the wall time it took, in milliseconds. */
export function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}
