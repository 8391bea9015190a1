/** One column of a table: its header, how to read a cell from a row, and its alignment. */
export interface Column<Row> {
  readonly header: string;
  readonly cell: (row: Row) => string | number;
  /** Numbers are right-aligned unless said otherwise; text is left-aligned. */
  readonly align?: "left" | "right";
}

/**
 * Formats rows as a plain-text table with a header line and a rule, each column as wide as
 * its widest cell. Numbers print as given: format them in `cell` for fixed decimals.
 */
export function formatTable<Row>(
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  title?: string,
): string {
  const cells = rows.map((row) => columns.map((c) => c.cell(row)));
  const widths = columns.map((c, i) =>
    Math.max(c.header.length, ...cells.map((r) => String(r[i] ?? "").length)),
  );
  const rightAligned = columns.map(
    (c, i) => c.align === "right" || (c.align === undefined && typeof cells[0]?.[i] === "number"),
  );
  const line = (values: readonly (string | number)[]): string =>
    values
      .map((v, i) => {
        const text = String(v);
        const width = widths[i] ?? text.length;
        return rightAligned[i] ? text.padStart(width) : text.padEnd(width);
      })
      .join("  ")
      .trimEnd();
  const out: string[] = [];
  if (title !== undefined) out.push(title);
  out.push(line(columns.map((c) => c.header)));
  out.push(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of cells) out.push(line(row));
  return out.join("\n");
}

/** A number with fixed decimals, for table cells. */
export const fixed =
  (digits: number) =>
  (n: number): string =>
    n.toFixed(digits);

/** A share (0..1) as a percentage with one decimal, for table cells. */
export const percent = (share: number): string => `${(100 * share).toFixed(1)}%`;
