import { formatDate } from "../render/formatDate.js";
import type { CalendarDate } from "./types.js";

/** A date as people read it: `3 Jul 2025`, `Apr 2024`, `2024`, `1996–2001`. */
export function formatEventDate(date: CalendarDate, end: CalendarDate | null = null): string {
  const label = (d: CalendarDate) => formatDate(d, { short: true });
  return end === null ? label(date) : `${label(date)}–${label(end)}`;
}
