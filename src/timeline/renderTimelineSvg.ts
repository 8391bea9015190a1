import { count } from "../text/count.js";
import { formatEventDate } from "./formatEventDate.js";
import { endDay, startDay, timeAxis, type TimeAxis } from "./timeAxis.js";
import { COLORS, escapeXml, FONT, svgDocument, svgText as text, WIDTH, wrap } from "./svgParts.js";
import type { CalendarDate, EventStatus } from "./types.js";

/** What the picture needs of one event: plain data, so a worker thread can draw it. */
export interface TimelinePoint {
  readonly date: CalendarDate;
  readonly end: CalendarDate | null;
  readonly inferred: boolean;
  readonly text: string;
  readonly status?: EventStatus;
  /** The source line, e.g. the citation numbers "[1] [2]" of the text reply. */
  readonly label?: string;
  /** Reports of the event: counted for the source line when there is no `label`. */
  readonly sources?: ReadonlyArray<{ readonly articleId: string }>;
}

/** How the picture is drawn. */
export interface TimelineSvgOptions {
  /** Heading at the top (topic and range). Default: "Timeline". */
  readonly title?: string;
  /** A line under the heading, e.g. "The 12 strongest of 119 events". */
  readonly subtitle?: string;
  /** Most entries drawn; the rest are counted in a footer. Default: 12. */
  readonly maxEntries?: number;
  /** The source line under an entry, when entries carry no `label`. */
  readonly sourceLabel?: (entry: TimelinePoint, index: number) => string;
}

const PAD = 32;
const AXIS_FROM = PAD + 24;
const AXIS_TO = WIDTH - PAD - 24;
const TEXT_X = PAD + 36;
const LINE = 22;
/** DejaVu Sans averages about 0.56 em per character in running text; used to wrap lines. */
const CHAR_WIDTH = FONT * 0.56;
const MAX_LINES = 3;
const MARKER = 11;
/** Markers closer than this along the axis are stacked instead of overlapping. */
const STACK_WITHIN = MARKER * 2 + 2;
/** Tick labels are at least this far apart. */
const TICK_SPACING = 64;

/**
 * Draws events on a horizontal time axis above a list. Each event's numbered marker sits where
 * its date falls — positions proportional to time, long empty stretches cut short and marked
 * "≈ N years", ranges drawn as bars — and markers of near dates stack. Below, the events in
 * date order under the same numbers: date, "expected" when it is, source line (the text reply's
 * citation numbers), and text (wrapped, at most three lines, "…" if cut). Returns a standalone
 * SVG document; a pure function of its arguments, so a worker thread can call it.
 */
export function renderTimelineSvg(
  entries: readonly TimelinePoint[],
  options: TimelineSvgOptions = {},
): string {
  const shown = entries.slice(0, options.maxEntries ?? 12);
  const maxChars = Math.floor((WIDTH - PAD - TEXT_X) / CHAR_WIDTH);
  const parts: string[] = [];
  let y = PAD + 26;
  parts.push(text(PAD, y, options.title ?? "Timeline", { size: 24, weight: "bold" }));
  if (options.subtitle) {
    y += 24;
    parts.push(text(PAD, y, options.subtitle, { size: 14, fill: COLORS.muted }));
  }
  if (shown.length === 0) {
    parts.push(text(PAD, y + 40, "No dated events.", { fill: COLORS.muted }));
    return svgDocument(y + 40 + PAD, parts);
  }
  const moments = shown.flatMap((e) => [startDay(e.date), ...(e.end ? [endDay(e.end)] : [])]);
  const ranges = shown.flatMap((e) => (e.end ? [[startDay(e.date), endDay(e.end)] as const] : []));
  const axis = timeAxis(moments, AXIS_TO - AXIS_FROM, ranges);
  // Each marker's place along the axis and its height in its stack.
  const xs = shown.map((e) => AXIS_FROM + axis.at(startDay(e.date)));
  const level = xs.map(() => 0);
  xs.forEach((x, i) => {
    for (let j = 0; j < i; j++) if (Math.abs(xs[j]! - x) < STACK_WITHIN) level[i] = level[j]! + 1;
  });
  const axisY = y + 36 + Math.max(...level) * STACK_WITHIN + MARKER;
  for (const [i, e] of shown.entries()) {
    if (!e.end) continue;
    const to = AXIS_FROM + axis.at(endDay(e.end));
    parts.push(
      `<rect x="${xs[i]}" y="${axisY - 4}" width="${Math.max(to - xs[i]!, 2)}" height="8" rx="4" fill="${COLORS.accent}" fill-opacity="0.35"/>`,
    );
  }
  parts.push(...axisLine(axis, axisY), ...ticks(axis, axisY, shown));
  shown.forEach((e, i) => {
    const cy = axisY - MARKER - 6 - level[i]! * STACK_WITHIN;
    if (level[i] === 0)
      parts.push(
        `<line x1="${xs[i]}" y1="${cy}" x2="${xs[i]}" y2="${axisY}" stroke="${COLORS.accent}" stroke-width="2"/>`,
      );
    parts.push(marker(xs[i]!, cy, i + 1, e.status === "expected"));
  });
  y = axisY + 64;
  for (const [i, entry] of shown.entries()) {
    const label = entry.label ?? options.sourceLabel?.(entry, i) ?? articleCount(entry);
    const date = formatEventDate(entry.date, entry.end) + (entry.inferred ? " (inferred)" : "");
    parts.push(
      marker(PAD + MARKER, y - 5, i + 1, entry.status === "expected"),
      `<text x="${TEXT_X}" y="${y}" font-size="${FONT}"><tspan font-weight="bold" fill="${COLORS.accent}">${escapeXml(date)}</tspan>${entry.status === "expected" ? `<tspan fill="${COLORS.muted}" font-style="italic">  expected</tspan>` : ""}<tspan fill="${COLORS.muted}" font-size="14">  ${escapeXml(label)}</tspan></text>`,
    );
    for (const line of wrap(entry.text, maxChars, MAX_LINES)) {
      y += LINE;
      parts.push(text(TEXT_X, y, line, {}));
    }
    y += LINE + 12;
  }
  const legend = `● happened   ○ expected${axis.breaks.length > 0 ? "   ≈ years cut from the axis" : ""}${entries.length > shown.length ? `   + ${entries.length - shown.length} more in the text answer` : ""}`;
  parts.push(text(PAD, y, legend, { size: 13, fill: COLORS.muted }));
  return svgDocument(y + PAD - 8, parts);
}

/** A numbered marker: filled for what happened, hollow for what is expected. */
function marker(cx: number, cy: number, n: number, hollow: boolean): string {
  return [
    `<circle cx="${cx}" cy="${cy}" r="${MARKER}" fill="${hollow ? COLORS.card : COLORS.accent}" stroke="${COLORS.accent}" stroke-width="2"/>`,
    `<text x="${cx}" y="${cy + 4}" font-size="12" font-weight="bold" text-anchor="middle" fill="${hollow ? COLORS.accent : COLORS.card}">${n}</text>`,
  ].join("");
}

/** The axis line, interrupted at each break by a zigzag and the years it leaves out. */
function axisLine(axis: TimeAxis, y: number): string[] {
  const out: string[] = [];
  let from = 0;
  const line = (a: number, b: number) =>
    `<line x1="${AXIS_FROM + a}" y1="${y}" x2="${AXIS_FROM + b}" y2="${y}" stroke="${COLORS.axis}" stroke-width="2"/>`;
  for (const b of axis.breaks) {
    out.push(line(from, b.from + 8));
    const mid = AXIS_FROM + (b.from + b.to) / 2;
    out.push(
      `<path d="M${mid - 8} ${y + 8} l6 -16 M${mid + 2} ${y + 8} l6 -16" stroke="${COLORS.muted}" stroke-width="2" fill="none"/>`,
      text(mid, y + 40, `≈ ${count(b.years, "year")}`, {
        size: 12,
        fill: COLORS.muted,
        anchor: "middle",
      }),
    );
    from = b.to - 8;
  }
  out.push(line(from, axis.length));
  return out;
}

/**
 * Tick labels under the axis: the events' own dates first (so every stretch of a cut axis says
 * when it is), then year ticks (month ticks over a short stretch) where there is room.
 */
function ticks(axis: TimeAxis, y: number, events: readonly TimelinePoint[]): string[] {
  const yearPixels = axis.scale * 365.25;
  const first = new Date(axis.first * 86_400_000).getUTCFullYear();
  const last = new Date(axis.last * 86_400_000).getUTCFullYear();
  const regular: string[] = [];
  if (axis.last - axis.first < 2 * 365) {
    const step = [1, 2, 3, 6].find((m) => (yearPixels / 12) * m >= TICK_SPACING) ?? 12;
    for (let year = first; year <= last; year++)
      for (let month = 1; month <= 12; month += step)
        regular.push(`${year}-${String(month).padStart(2, "0")}`);
  } else {
    const step = [1, 2, 5, 10, 20, 25, 50, 100].find((s) => s * yearPixels >= TICK_SPACING) ?? 100;
    for (let year = Math.ceil(first / step) * step; year <= last; year += step)
      regular.push(String(year));
  }
  const taken: number[] = [];
  const out: string[] = [];
  for (const date of [...events.map((e) => e.date), ...regular]) {
    const day = startDay(date);
    if (day < axis.first || day > axis.last) continue;
    const at = axis.at(day);
    if (taken.some((t) => Math.abs(t - at) < TICK_SPACING)) continue;
    taken.push(at);
    out.push(
      `<line x1="${AXIS_FROM + at}" y1="${y}" x2="${AXIS_FROM + at}" y2="${y + 6}" stroke="${COLORS.axis}" stroke-width="2"/>`,
      text(AXIS_FROM + at, y + 22, formatEventDate(date), {
        size: 13,
        fill: COLORS.muted,
        anchor: "middle",
      }),
    );
  }
  return out;
}

function articleCount(entry: TimelinePoint): string {
  return entry.sources ? count(new Set(entry.sources.map((s) => s.articleId)).size, "article") : "";
}
