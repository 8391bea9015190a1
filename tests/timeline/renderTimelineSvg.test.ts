import { describe, expect, it } from "vitest";
import { renderTimelineSvg } from "../../src/timeline/renderTimelineSvg.js";
import { wrap } from "../../src/timeline/svgParts.js";
import { svgToPng } from "../../src/timeline/svgToPng.js";
import type { TimelineEntry } from "../../src/timeline/types.js";
import { literalEntry } from "./literalEntry.js";

function entry(date: string, text: string, articles: readonly string[] = ["a"]): TimelineEntry {
  return literalEntry(date, text, { articles });
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe("renderTimelineSvg", () => {
  it("draws an opaque card so the picture reads on dark and light themes", () => {
    const svg = renderTimelineSvg([entry("2025-07-03", "Russia recognized the Taliban.")]);
    expect(svg).toMatch(/<rect [^>]*fill="#F6F8FA"/u);
    expect(svg).toContain("3 Jul 2025");
  });

  it("escapes corpus text for XML", () => {
    const svg = renderTimelineSvg([entry("2025-07-03", `Profits <up> & "steady"`)]);
    expect(svg).toContain("Profits &lt;up&gt; &amp; &quot;steady&quot;");
  });

  it("counts the entries it leaves out", () => {
    const many = Array.from({ length: 5 }, (_, i) => entry(`2025-07-0${i + 1}`, `Event ${i}`));
    expect(renderTimelineSvg(many, { maxEntries: 3 })).toContain("+ 2 more in the text answer");
  });

  it("labels each entry by the caller's citation numbers", () => {
    expect(
      renderTimelineSvg([entry("2025-07-03", "Recognition.", ["a", "b"])], {
        sourceLabel: () => "[1] [2]",
      }),
    ).toContain("[1] [2]");
  });

  it("places markers in proportion to time along the axis", () => {
    const svg = renderTimelineSvg(
      ["2001", "2002", "2004"].map((d) => ({ ...entry(d, `Event of ${d}.`), precision: "year" })),
    );
    const onAxis = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"/gu)]
      .map((m) => Number(m[1]))
      .slice(0, 3);
    const [a, b, c] = onAxis;
    expect((b! - a!) / (c! - a!)).toBeCloseTo(365 / 1096, 2);
  });

  it("cuts a long empty stretch from the axis and says how long it is", () => {
    const svg = renderTimelineSvg(
      ["1948", "2003", "2004", "2005"].map((d) => entry(d, `Event of ${d}.`)),
      { title: "Timeline: Six Nations · 1948–2005" },
    );
    expect(svg).toContain("≈ 55 years");
    expect(svg).toContain("Timeline: Six Nations · 1948–2005");
  });

  it("draws an expected event with a hollow marker and says so", () => {
    const svg = renderTimelineSvg([
      { ...entry("2005", "The vote will be held."), status: "expected" as const },
    ]);
    expect(svg).toContain("expected</tspan>");
    expect(svg).toMatch(/<circle [^>]*fill="#F6F8FA"/u);
  });

  it("wraps long text and marks a cut with …", () => {
    expect(wrap("one two three four five six", 9, 2)).toEqual(["one two", "three…"]);
  });
});

describe("svgToPng", () => {
  it("renders a PNG with its text drawn", () => {
    const svg = renderTimelineSvg([
      entry("2025-07-03", "Russia recognized the Taliban government."),
    ]);
    const png = svgToPng(svg);
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    // Without a font resvg silently skips text: the picture must change when its text is removed.
    const blank = svgToPng(svg.replace(/<text[^>]*>[^<]*<\/text>/gu, ""));
    expect(png.equals(blank)).toBe(false);
    expect(png.length).toBeGreaterThan(blank.length + 2000);
  });
});
