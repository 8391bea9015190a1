/**
 * The names `--only` accepts, in the order `npm run bench` runs them: the timed scales first,
 * while this process is still small and idle (later parts leave it a large heap to collect,
 * and its collector would compete with the scale workers for the two cores).
 */
export const PART_NAMES = [
  "scale",
  "startup",
  "retrieval",
  "ask",
  "quality",
  "tempeval",
  "polnear",
  "quotes",
  "timeline",
  "burst",
  "reload",
] as const;

/** One part of the benchmark. */
export type PartName = (typeof PART_NAMES)[number];

/** What every part gets from the runner. */
export interface BenchContext {
  /** Smaller samples, for a run of a minute or two. */
  readonly quick: boolean;
  /** Progress and notices (to standard error). */
  log(line: string): void;
  /** Result tables (to standard output). */
  print(text: string): void;
}

/** A part of the benchmark: returns its JSON-ready results, or null when it was skipped. */
export type BenchPart = (context: BenchContext) => Promise<unknown>;
