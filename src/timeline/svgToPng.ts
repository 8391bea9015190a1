import { Resvg } from "@resvg/resvg-js";
import { TIMELINE_FONT_FAMILY, timelineFontFiles } from "./timelineFont.js";

/**
 * Renders an SVG (as made by {@link renderTimelineSvg}) to PNG bytes with resvg, which needs no
 * browser and downloads nothing at run time. Text is drawn with the fonts shipped in
 * `dejavu-fonts-ttf`; system fonts are loaded only when that package is missing (then the
 * text needs a system sans-serif font).
 */
export function svgToPng(svg: string, options: { readonly scale?: number } = {}): Buffer {
  const fontFiles = timelineFontFiles();
  const resvg = new Resvg(svg, {
    font: {
      fontFiles,
      loadSystemFonts: fontFiles.length === 0,
      defaultFontFamily: TIMELINE_FONT_FAMILY,
    },
    fitTo: { mode: "zoom", value: options.scale ?? 1 },
  });
  return resvg.render().asPng();
}
