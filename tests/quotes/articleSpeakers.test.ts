import { describe, expect, it } from "vitest";
import { articleSightings, articleSpeakers } from "../../src/quotes/articleSpeakers.js";
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

  it("gives each article the sightings a store extracts for it", () => {
    for (const article of ARTICLES)
      expect(articleSightings(articleSpeakers(article))).toEqual(
        sightingsOf([article], extractQuotes(article)),
      );
  });
});
