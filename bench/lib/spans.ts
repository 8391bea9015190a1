/** A character span, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Whether two spans share at least one character. */
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
