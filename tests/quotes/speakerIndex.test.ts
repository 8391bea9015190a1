import { describe, expect, it } from "vitest";
import type { Article } from "../../src/corpus/types.js";
import { directoryFromSightings } from "../../src/quotes/buildSpeakerDirectory.js";
import { extractQuotes } from "../../src/quotes/extractQuotes.js";
import { SpeakerIndex, type ArticleSightings } from "../../src/quotes/speakerIndex.js";
import { sightingsOf } from "../../src/quotes/speakerSightings.js";
import { articleFrom } from "./articleFrom.js";
import { ARTICLES } from "./speakerFixtures.js";

const sightings = (a: Article): ArticleSightings => ({
  articleId: a.id,
  sightings: sightingsOf([a], extractQuotes(a)),
});

/** The directory built from scratch over `articles` in corpus (id) order. */
const fromScratch = (articles: readonly Article[]) =>
  directoryFromSightings(sortById(articles).flatMap((a) => sightings(a).sightings));

const sortById = (articles: readonly Article[]) =>
  [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const EXTRA = [
  articleFrom("a-obama", "Obama said: “We will meet again.”\nObama, the president, left early."),
  articleFrom("c-barack", "Barack Obama, the US president, said: “Talks went well.”"),
  articleFrom(
    "b-smith",
    "John Smith, a dairy farmer in Kent, said: “Milk prices fell.”\nSmith said: “It is hard.”",
  ),
];

describe("SpeakerIndex", () => {
  it("gives, after each added, changed and removed article, the directory built from scratch", () => {
    let served: Article[] = [];
    let index = SpeakerIndex.of([]);
    const apply = (removed: Article[], added: Article[]) => {
      const ids = new Set(removed.map((a) => a.id));
      served = sortById([...served.filter((a) => !ids.has(a.id)), ...added]);
      index = index.changed(
        removed.map(sightings),
        added.map(sightings),
        served.map((a) => a.id),
      );
      expect(index.directory()).toEqual(fromScratch(served));
    };
    for (const article of [...ARTICLES, ...EXTRA].reverse()) apply([], [article]);
    // The full name goes: "Obama" alone is an entry of its own again; then it comes back.
    const barack = EXTRA[1]!;
    apply([barack], []);
    apply([], [barack]);
    // A changed article: the same id, other sightings.
    const smith = EXTRA[2]!;
    apply([smith], [articleFrom("b-smith", "Jane Smith, a teacher, said: “Schools reopen.”")]);
    for (const article of [...served]) apply([article], []);
    expect(index.directory().entries).toEqual([]);
  });

  it("builds from many articles at once as from one at a time", () => {
    const all = sortById([...ARTICLES, ...EXTRA]);
    expect(SpeakerIndex.of(all.map(sightings)).directory()).toEqual(fromScratch(all));
  });
});
