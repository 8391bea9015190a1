import { TIMELINE_FONT_FAMILY } from "./timelineFont.js";

/** The picture's colours: an opaque light card with dark text reads on Discord's dark and light
 * themes alike; the accent passes WCAG AA contrast on the card. */
export const COLORS = {
  card: "#F6F8FA",
  border: "#8C959F",
  text: "#1F2328",
  muted: "#57606A",
  accent: "#0A5BC4",
  axis: "#AFB8C1",
};
/** Width of every picture. */
export const WIDTH = 960;
/** Body text size. */
export const FONT = 16;

/** A standalone SVG document of `height` holding `parts` on the card. */
export function svgDocument(height: number, parts: readonly string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${TIMELINE_FONT_FAMILY}, sans-serif">`,
    `<rect x="1" y="1" width="${WIDTH - 2}" height="${height - 2}" rx="14" fill="${COLORS.card}" stroke="${COLORS.border}" stroke-width="2"/>`,
    ...parts,
    "</svg>",
  ].join("\n");
}

/** One line of text, escaped. */
export function svgText(
  x: number,
  y: number,
  content: string,
  style: { size?: number; weight?: string; fill?: string; anchor?: "end" | "middle" },
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
