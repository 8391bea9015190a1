import { MONTH_NAMES } from "../text/months.js";

/**
 * `2025-07-03` → `3 July 2025`; `2024-04` → `April 2024`; `2024` stays. With `short`, months
 * are cut to three letters (`3 Jul 2025`).
 */
export function formatDate(
  iso: string,
  { short = false }: { readonly short?: boolean } = {},
): string {
  const [year, month, day] = iso.split("-");
  const name = month ? MONTH_NAMES[Number(month) - 1] : undefined;
  if (!name) return year ?? iso;
  const monthName = short ? name.slice(0, 3) : name;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
