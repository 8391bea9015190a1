import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** The family the picture is drawn in; shipped with the `dejavu-fonts-ttf` package. */
export const TIMELINE_FONT_FAMILY = "DejaVu Sans";

/**
 * Paths of the TrueType files the picture needs, from the `dejavu-fonts-ttf` package, so the PNG
 * has text on a machine without system fonts (a slim container after `npm ci`). Empty when the
 * package cannot be found.
 */
export function timelineFontFiles(): string[] {
  try {
    const root = path.dirname(
      createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json"),
    );
    return ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"]
      .map((f) => path.join(root, "ttf", f))
      .filter((f) => existsSync(f));
  } catch {
    return [];
  }
}
