import { count } from "../text/count.js";
import { formatEventDate } from "./formatEventDate.js";
import { BREAK_PIXELS, endDay, startDay, timeAxis, type TimeAxis } from "./timeAxis.js";
import { TIMELINE_FONT_FAMILY } from "./timelineFont.js";
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

// An opaque light card with a dark border and dark text reads on Discord's dark and light
// themes alike; the accent passes WCAG AA contrast on the card.
const COLORS = {
  card: "#F6F8FA",
  border: "#8C959F",
  text: "#1F2328",
  muted: "#57606A",
  accent: "#0A5BC4",
  axis: "#AFB8C1",
  leader: "#C9D1D9",
};
const WIDTH = 960;
const PAD = 32;
const AXIS_X = PAD + 120;
const TEXT_X = AXIS_X + 56;
const FONT = 16;
const LINE = 22;
/** DejaVu Sans averages about 0.56 em per character in running text; used to wrap lines. */
const CHAR_WIDTH = FONT * 0.56;
const MAX_LINES = 3;
const BLOCK_GAP = 14;
/** Year (or month) ticks are at least this far apart. */
const TICK_SPACING = 34;

/**
 * Draws events on a vertical time axis: each event's dot sits where its date falls, positions
 * proportional to time, with long empty stretches cut short and marked "≈ N years"; ranges are
 * bars. Each dot is joined to its label — date, "expected" when it is, source line and text
 * (wrapped, at most three lines, "…" if cut) — stacked in date order on the right. Returns a
 * standalone SVG document. A pure function of its arguments.
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
  const top = y + 36;
  if (shown.length === 0) {
    const height = top + PAD;
    parts.push(text(PAD, top, "No dated events.", { fill: COLORS.muted }));
    return document(height, parts);
  }
  const blocks = shown.map((entry, i) => ({
    entry,
    lines: wrap(entry.text, maxChars, MAX_LINES),
    label: entry.label ?? options.sourceLabel?.(entry, i) ?? articleCount(entry),
  }));
  const heights = blocks.map((b) => (b.lines.length + 1) * LINE + BLOCK_GAP);
  const room = heights.slice(0, -1).reduce((s, h) => s + h, 0);
  const moments = shown.flatMap((e) => [startDay(e.date), ...(e.end ? [endDay(e.end)] : [])]);
  const axis = timeAxis(moments, Math.max(room, 120));
  let next = top;
  const axisParts: string[] = [];
  const labelParts: string[] = [];
  for (const [i, { entry, lines, label }] of blocks.entries()) {
    const dot = top + axis.at(startDay(entry.date));
    const labelTop = Math.max(dot - 6, next);
    next = labelTop + heights[i]!;
    const expected = entry.status === "expected";
    if (entry.end) {
      const to = top + axis.at(endDay(entry.end));
      axisParts.push(
        `<rect x="${AXIS_X - 4}" y="${dot}" width="8" height="${Math.max(to - dot, 2)}" rx="4" fill="${COLORS.accent}" fill-opacity="0.35"/>`,
      );
    }
    axisParts.push(
      `<line x1="${AXIS_X + 7}" y1="${dot}" x2="${TEXT_X - 8}" y2="${labelTop + 6}" stroke="${COLORS.leader}" stroke-width="1.5"/>`,
      `<circle cx="${AXIS_X}" cy="${dot}" r="6" fill="${expected ? COLORS.card : COLORS.accent}" stroke="${COLORS.accent}" stroke-width="2.5"/>`,
    );
    const date = formatEventDate(entry.date, entry.end) + (entry.inferred ? " (inferred)" : "");
    const first = labelTop + 12;
    labelParts.push(
      `<text x="${TEXT_X}" y="${first}" font-size="${FONT}"><tspan font-weight="bold" fill="${COLORS.accent}">${escapeXml(date)}</tspan>${expected ? `<tspan fill="${COLORS.muted}" font-style="italic">  expected</tspan>` : ""}<tspan fill="${COLORS.muted}" font-size="14">  ${escapeXml(label)}</tspan></text>`,
    );
    for (const [j, line] of lines.entries())
      labelParts.push(text(TEXT_X, first + (j + 1) * LINE, line, {}));
  }
  const bottom = Math.max(top + axis.length, next - BLOCK_GAP);
  parts.push(...axisLine(axis, top), ...ticks(axis, top), ...axisParts, ...labelParts);
  let footer = bottom + 30;
  const legend = `● happened   ○ expected${axis.breaks.length > 0 ? "   ≈ years left out of the axis" : ""}`;
  parts.push(text(PAD, footer, legend, { size: 13, fill: COLORS.muted }));
  if (entries.length > shown.length) {
    footer += 20;
    parts.push(
      text(PAD, footer, `+ ${entries.length - shown.length} more in the text answer`, {
        size: 13,
        fill: COLORS.muted,
      }),
    );
  }
  return document(footer + PAD - 8, parts);
}

/** The axis line, interrupted at each break by a zigzag and the years it leaves out. */
function axisLine(axis: TimeAxis, top: number): string[] {
  const out: string[] = [];
  let from = 0;
  const line = (a: number, b: number) =>
    `<line x1="${AXIS_X}" y1="${top + a}" x2="${AXIS_X}" y2="${top + b}" stroke="${COLORS.axis}" stroke-width="2"/>`;
  for (const b of axis.breaks) {
    out.push(line(from, b.from + 8));
    const mid = top + (b.from + b.to) / 2;
    out.push(
      `<path d="M${AXIS_X - 8} ${mid - 6} l16 -6 M${AXIS_X - 8} ${mid + 6} l16 -6" stroke="${COLORS.muted}" stroke-width="2" fill="none"/>`,
      text(AXIS_X - 14, mid + 5, `≈ ${count(b.years, "year")}`, {
        size: 12,
        fill: COLORS.muted,
        anchor: "end",
      }),
    );
    from = b.to - 8;
  }
  out.push(line(from, axis.length));
  return out;
}

/** Year ticks (month ticks over a short span), as far apart as the scale allows, off the breaks. */
function ticks(axis: TimeAxis, top: number): string[] {
  const out: string[] = [];
  const yearPixels = axis.scale * 365.25;
  const first = new Date(axis.first * 86_400_000).getUTCFullYear();
  const last = new Date(axis.last * 86_400_000).getUTCFullYear();
  const candidates: Array<{ day: number; label: string }> = [];
  if (yearPixels >= TICK_SPACING * 2 || first === last) {
    const step = [1, 2, 3, 6].find((m) => (yearPixels / 12) * m >= TICK_SPACING) ?? 12;
    for (let year = first; year <= last; year++)
      for (let month = 1; month <= 12; month += step)
        candidates.push({
          day: startDay(`${year}-${String(month).padStart(2, "0")}`),
          label: formatEventDate(`${year}-${String(month).padStart(2, "0")}`),
        });
  } else {
    const step = [1, 2, 5, 10, 20, 25, 50, 100].find((s) => s * yearPixels >= TICK_SPACING) ?? 100;
    for (let year = Math.ceil(first / step) * step; year <= last; year += step)
      candidates.push({ day: startDay(String(year)), label: String(year) });
  }
  let previous = -Infinity;
  for (const { day, label } of candidates) {
    if (day < axis.first || day > axis.last) continue;
    const at = axis.at(day);
    const nearBreak = axis.breaks.some((b) => at > b.from - 10 && at < b.to + BREAK_PIXELS / 2);
    if (nearBreak || at - previous < TICK_SPACING) continue;
    previous = at;
    out.push(
      `<line x1="${AXIS_X - 6}" y1="${top + at}" x2="${AXIS_X}" y2="${top + at}" stroke="${COLORS.axis}" stroke-width="2"/>`,
      text(AXIS_X - 12, top + at + 5, label, { size: 13, fill: COLORS.muted, anchor: "end" }),
    );
  }
  return out;
}

function document(height: number, parts: readonly string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${TIMELINE_FONT_FAMILY}, sans-serif">`,
    `<rect x="1" y="1" width="${WIDTH - 2}" height="${height - 2}" rx="14" fill="${COLORS.card}" stroke="${COLORS.border}" stroke-width="2"/>`,
    ...parts,
    "</svg>",
  ].join("\n");
}

function articleCount(entry: TimelinePoint): string {
  return entry.sources ? count(new Set(entry.sources.map((s) => s.articleId)).size, "article") : "";
}

function text(
  x: number,
  y: number,
  content: string,
  style: { size?: number; weight?: string; fill?: string; anchor?: "end" },
): string {
  const weight = style.weight ? ` font-weight="${style.weight}"` : "";
  const anchor = style.anchor ? ` text-anchor="${style.anchor}"` : "";
  return `<text x="${x}" y="${y}" font-size="${style.size ?? FONT}"${weight}${anchor} fill="${style.fill ?? COLORS.text}">${escapeXml(content)}</text>`;
}

/** Escapes text for an SVG document; corpus text may hold `<`, `&` or quotes. */
export function escapeXml(s: string): string {
  // Characters XML does not allow at all are dropped: the picture must never fail to draw.
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu, "")
      .replace(
        /[&<>"']/gu,
        (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] ?? c,
      )
  );
}

/** Greedy word wrap to `width` characters, at most `maxLines` lines, "…" when text is left over. */
export function wrap(s: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of s.split(/\s+/u).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.length + 1 > width ? last.slice(0, width - 1) : last}…`;
  return kept;
}
