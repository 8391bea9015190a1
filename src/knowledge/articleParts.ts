import type { Article, CleaningReport, Passage } from "../corpus/types.js";
import { extractQuotes } from "../quotes/extractQuotes.js";
import { sightingsOf, type Sighting } from "../quotes/speakerSightings.js";
import { extractEvents } from "../timeline/extractEvents.js";
import type { DatedEvent } from "../timeline/types.js";

/**
 * What the knowledge store keeps of each article version, so a reload redoes only what its
 * change touches: its passages as last numbered, its cleaning counts and, worked out when first
 * wanted, its dated events and speaker sightings. Keyed by the article object itself: a changed
 * file gives a new one, and what the old one had goes with it.
 */
export class ArticleParts {
  readonly #passages = new WeakMap<Article, readonly Passage[]>();
  readonly #cleaning = new WeakMap<Article, CleaningReport>();
  readonly #events = new WeakMap<Article, readonly DatedEvent[]>();
  readonly #sightings = new WeakMap<Article, readonly Sighting[]>();

  /** The article's passages as last served, if it was. */
  passages(article: Article): readonly Passage[] | undefined {
    return this.#passages.get(article);
  }

  /** Keeps the article's passages as now served (numbered by their place in the corpus). */
  setPassages(article: Article, passages: readonly Passage[]): void {
    this.#passages.set(article, passages);
  }

  /** What cleaning removed from the article, when known. */
  cleaning(article: Article): CleaningReport | undefined {
    return this.#cleaning.get(article);
  }

  /** Keeps what cleaning removed from the article, for the corpus report. */
  setCleaning(article: Article, counts: CleaningReport): void {
    this.#cleaning.set(article, counts);
  }

  /** The article's dated events, extracted on first want. */
  events(article: Article): readonly DatedEvent[] {
    let events = this.#events.get(article);
    if (!events) this.#events.set(article, (events = extractEvents(article)));
    return events;
  }

  /** Takes the article's events from elsewhere (a timeline already merged), unless known. */
  knowEvents(article: Article, events: readonly DatedEvent[]): void {
    if (!this.#events.has(article)) this.#events.set(article, events);
  }

  /** The article's speaker sightings, extracted from its quotes on first want. */
  sightings(article: Article): readonly Sighting[] {
    let sightings = this.#sightings.get(article);
    if (!sightings)
      this.#sightings.set(article, (sightings = sightingsOf([article], extractQuotes(article))));
    return sightings;
  }

  /**
   * Takes the article's sightings from `found` (its quotes and names, already extracted),
   * unless known.
   */
  knowSightings(article: Article, found: () => readonly Sighting[]): void {
    if (!this.#sightings.has(article)) this.#sightings.set(article, found());
  }
}
