import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { extractEvents } from "../../src/timeline/extractEvents.js";
import { mergeEvents } from "../../src/timeline/mergeEvents.js";
import type { TimelineEntry } from "../../src/timeline/types.js";

// The corpus shipped with the project: the two seed articles, published Thursday 3 July 2025.
const SEEDS = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../corpus");
const FIRST = "russia-first-country-to-recognize-taliban";
const SECOND = "russia-recognizes-taliban-historic-shift";

/** The events the seeds must yield, in order: date, end, words the entry's text must hold, sources. */
const EXPECTED = [
  {
    name: "previous Taliban rule",
    date: "1996",
    end: "2001",
    words: /previous rule from 1996 to 2001/u,
    sources: [FIRST],
  },
  {
    name: "August 2021 takeover",
    date: "2021-08",
    end: null,
    words: /taking over Afghanistan in August 2021/u,
    sources: [FIRST],
  },
  {
    name: "Putin's 2024 remark",
    date: "2024",
    end: null,
    words: /Earlier in 2024, Russian President Vladimir Putin/u,
    sources: [FIRST],
  },
  {
    name: "April 2024 removal from the terrorist list",
    date: "2024-04",
    end: null,
    words: /April 2024, when it removed the Taliban/u,
    sources: [FIRST],
  },
  {
    name: "3 July 2025 recognition",
    date: "2025-07-03",
    end: null,
    words: /recognized the Taliban government/u,
    sources: [FIRST, SECOND],
  },
] as const;

let entries: TimelineEntry[] = [];

beforeAll(async () => {
  const corpus = await loadCorpus(SEEDS);
  expect(corpus.articles.map((a) => a.id)).toEqual([FIRST, SECOND]);
  entries = mergeEvents(corpus.articles.flatMap(extractEvents));
});

describe("timeline over the seed articles", () => {
  it.each(EXPECTED)(
    "has the $name, once, cited to its articles",
    ({ date, end, words, sources }) => {
      const matching = entries.filter(
        (e) => e.date === date && e.end === end && words.test(e.text),
      );
      expect(matching).toHaveLength(1);
      expect([...new Set(matching[0]?.sources.map((s) => s.articleId))]).toEqual(sources);
    },
  );

  it("lists the expected events oldest first", () => {
    const positions = EXPECTED.map(({ date, words }) =>
      entries.findIndex((e) => e.date === date && words.test(e.text)),
    );
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("has every entry in date order", () => {
    const starts = entries.map((e) => e.date.padEnd(10, "-00"));
    expect([...starts].sort()).toEqual(starts);
  });

  it("never lists the same report twice", () => {
    const keys = entries.flatMap((e) =>
      e.sources.map((s) => `${s.articleId}#${s.paragraph}@${s.sentenceStart}:${s.mentionStart}`),
    );
    expect(new Set(keys).size).toBe(keys.length);
    const shown = entries.map((e) => `${e.date}|${e.text}`);
    expect(new Set(shown).size).toBe(shown.length);
  });

  it("makes no event of a duration", () => {
    for (const e of entries) {
      const expressions = e.sources.map((s) => s.expression ?? "");
      expect(expressions.join(" ")).not.toMatch(/years|decades|20-year/u);
    }
    expect(
      entries.some((e) => /^nearly (four years|two decades)/u.test(e.sources[0]?.expression ?? "")),
    ).toBe(false);
  });

  it("cites each entry to a paragraph of a seed article", () => {
    for (const e of entries) {
      for (const s of e.sources) {
        expect([FIRST, SECOND]).toContain(s.articleId);
        expect(s.paragraph).toBeGreaterThan(0);
      }
    }
  });

  it('marks the recognition\'s date as inferred (from "on Thursday" and publication)', () => {
    expect(entries.find((e) => e.date === "2025-07-03")?.inferred).toBe(true);
    expect(entries.find((e) => e.date === "2021-08")?.inferred).toBe(false);
  });
});
