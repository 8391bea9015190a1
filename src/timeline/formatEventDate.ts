import type { CalendarDate } from "./types.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function label(date: CalendarDate): string {
  const [y, m, d] = date.split("-");
  const month = m === undefined ? undefined : MONTHS[Number(m) - 1];
  if (month === undefined) return y ?? date;
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/** A date as people read it: `3 Jul 2025`, `Apr 2024`, `2024`, `1996–2001`. */
export function formatEventDate(date: CalendarDate, end: CalendarDate | null = null): string {
  return end === null ? label(date) : `${label(date)}–${label(end)}`;
}
