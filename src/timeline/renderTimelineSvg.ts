import { formatEventDate } from "./formatEventDate.js";
import { TIMELINE_FONT_FAMILY } from "./timelineFont.js";
import type { TimelineEntry } from "./types.js";
import { count } from "../text/count.js";

/** How the picture is drawn. */
export interface TimelineSvgOptions {
  /** Heading at the top. Default: "Timeline". */
  readonly title?: string;
  /** Most entries drawn; the rest are counted in a footer. Default: 12. */
  readonly maxEntries?: number;
  /** The source line under an entry, e.g. its citation numbers "[1] [2]". Default: "2 articles". */
  readonly sourceLabel?: (entry: TimelineEntry, index: number) => string;
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
};
const WIDTH = 960;
const PAD = 32;
const DATE_WIDTH = 190;
const AXIS_X = PAD + DATE_WIDTH + 14;
const TEXT_X = AXIS_X + 22;
const FONT = 17;
const LINE = 24;
/** DejaVu Sans averages about 0.56 em per character in running text; used to wrap lines. */
const CHAR_WIDTH = FONT * 0.56;
const MAX_LINES = 4;

/**
 * Draws entries as a vertical timeline: date on the left, a dot on the axis, the event text
 * (wrapped, at most four lines, "…" if cut) and its sources. Returns a standalone SVG document.
 */
export function renderTimelineSvg(
  entries: readonly TimelineEntry[],
  options: TimelineSvgOptions = {},
): string {
  const shown = entries.slice(0, options.maxEntries ?? 12);
  const sourceLabel = options.sourceLabel ?? articleCount;
  const maxChars = Math.floor((WIDTH - PAD - TEXT_X) / CHAR_WIDTH);
  const parts: string[] = [];
  let y = PAD + 30;
  parts.push(text(PAD, y, options.title ?? "Timeline", { size: 24, weight: "bold" }));
  y += 14;
  const axisTop = y + 10;
  for (const [i, entry] of shown.entries()) {
    y += 30;
    const lines = wrap(entry.text, maxChars, MAX_LINES);
    parts.push(`<circle cx="${AXIS_X}" cy="${y - 6}" r="6" fill="${COLORS.accent}"/>`);
    parts.push(
      text(PAD, y, formatEventDate(entry.date, entry.end), { weight: "bold", fill: COLORS.accent }),
    );
    if (entry.inferred)
      parts.push(text(PAD, y + LINE - 4, "date inferred", { size: 13, fill: COLORS.muted }));
    for (const [j, line] of lines.entries()) parts.push(text(TEXT_X, y + j * LINE, line, {}));
    y += lines.length * LINE;
    parts.push(text(TEXT_X, y, sourceLabel(entry, i), { size: 14, fill: COLORS.muted }));
    y += 4;
  }
  if (entries.length > shown.length) {
    y += 34;
    parts.push(
      text(TEXT_X, y, `+ ${entries.length - shown.length} more in the text answer`, {
        size: 14,
        fill: COLORS.muted,
      }),
    );
  }
  if (shown.length === 0) {
    y += 34;
    parts.push(text(PAD, y, "No dated events.", { fill: COLORS.muted }));
  }
  const height = y + PAD;
  const axis =
    shown.length > 0
      ? `<line x1="${AXIS_X}" y1="${axisTop}" x2="${AXIS_X}" y2="${y - 8}" stroke="${COLORS.axis}" stroke-width="2"/>`
      : "";
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${TIMELINE_FONT_FAMILY}, sans-serif">`,
    `<rect x="1" y="1" width="${WIDTH - 2}" height="${height - 2}" rx="14" fill="${COLORS.card}" stroke="${COLORS.border}" stroke-width="2"/>`,
    axis,
    ...parts,
    "</svg>",
  ].join("\n");
}

function articleCount(entry: TimelineEntry): string {
  return count(new Set(entry.sources.map((s) => s.articleId)).size, "article");
}

function text(
  x: number,
  y: number,
  content: string,
  style: { size?: number; weight?: string; fill?: string },
): string {
  const weight = style.weight ? ` font-weight="${style.weight}"` : "";
  return `<text x="${x}" y="${y}" font-size="${style.size ?? FONT}"${weight} fill="${style.fill ?? COLORS.text}">${escapeXml(content)}</text>`;
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
