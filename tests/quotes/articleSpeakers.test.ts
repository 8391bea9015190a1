import { describe, expect, it } from "vitest";
import {
  articleSightings,
  articleSpeakers,
  speakersReader,
} from "../../src/quotes/articleSpeakers.js";
import {
  buildSpeakerDirectory,
  directoryOfArticles,
} from "../../src/quotes/buildSpeakerDirectory.js";
import { extractQuotes } from "../../src/quotes/extractQuotes.js";
import { sightingsOf } from "../../src/quotes/speakerSightings.js";
import { ARTICLES } from "./speakerFixtures.js";

describe("articleSpeakers", () => {
  it("gives the directory built over the whole corpus when grouped article by article", () => {
    expect(directoryOfArticles(ARTICLES.map(articleSpeakers))).toEqual(
      buildSpeakerDirectory(ARTICLES, ARTICLES.flatMap(extractQuotes)),
    );
  });

  it("gives an article that repeats another's text the same quotes and names under its own id", () => {
    const read = speakersReader();
    const copies = ARTICLES.map((a) => ({ ...a, id: `${a.id}-copy` }));
    const once = ARTICLES.map((a) => read(a));
    expect(copies.map((a) => read(a))).toEqual(copies.map(articleSpeakers));
    expect(once).toEqual(ARTICLES.map(articleSpeakers));
  });

  it("gives each article the sightings a store extracts for it", () => {
    for (const article of ARTICLES)
      expect(articleSightings(articleSpeakers(article))).toEqual(
        sightingsOf([article], extractQuotes(article)),
      );
  });
});
