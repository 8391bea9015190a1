import MiniSearch from "minisearch";
import type { Passage } from "../corpus/types.js";
import { familyOf } from "../text/tokens.js";
import { compactIndex, loadCompactIndex, type CompactIndex } from "./compactIndex.js";
import type { Phrase } from "./gathering.js";
import { EXACT_SEARCH, FAMILY_SEARCH, INDEX_OPTIONS, type PassageDocument } from "./options.js";

/** A passage that matched a query, with its score (MiniSearch's BM25, or retrieval's own). */
export interface PassageHit {
  readonly passage: Passage;
  readonly score: number;
}

/** The document MiniSearch holds for a passage. */
function documentOf(passage: Passage): PassageDocument {
  return { id: passage.id, text: passage.sentenceTerms.flat().join(" ") };
}

/** How many phrase lookups an index keeps (see {@link PassageIndex.phrase}). */
const PHRASE_MEMO = 2000;

/** Passages a question's phrases add to its pool, as a share of the pool. */
const PHRASE_SHARE = 0.5;

/** Search options for a query that is already terms, as {@link termOf} makes them. */
const AS_TERMS = {
  tokenize: (text: string) => text.split(" "),
  processTerm: (term: string) => term,
};

/** Which view of a MiniSearch index is the current one (see {@link PassageIndex.changed}). */
interface Holder {
  current: PassageIndex | null;
}

/** Full-text index over passages (MiniSearch). */
export class PassageIndex {
  readonly #search: MiniSearch<PassageDocument>;
  readonly #passages: ReadonlyMap<string, Passage>;
  readonly #holder: Holder;
  /**
   * Phrases already looked up, by their two terms: a name's phrase ("bank england") is asked
   * for again and again, and each lookup reads both terms' postings. This index never changes
   * (a change makes a new one), so a phrase's passages stay true for its life.
   */
  readonly #phrases = new Map<string, Phrase>();

  private constructor(
    search: MiniSearch<PassageDocument>,
    passages: ReadonlyMap<string, Passage>,
    holder: Holder = { current: null },
  ) {
    this.#search = search;
    this.#passages = passages;
    this.#holder = holder;
    holder.current = this;
  }

  /**
   * The index after `removed` passages leave it and `added` ones join it, over `passages` (the
   * whole corpus after the change). MiniSearch is changed in place (copying it would cost more
   * than the change): the index this is called on is retired and throws if searched again, so
   * a caller still holding the old knowledge fails loudly instead of mixing two corpora. Callers
   * make the change and hand out the new knowledge in one synchronous step (`KnowledgeStore`).
   */
  changed(
    removed: readonly Passage[],
    added: readonly Passage[],
    passages: readonly Passage[],
  ): PassageIndex {
    this.#live();
    for (const passage of removed) this.#search.remove(documentOf(passage));
    this.#search.addAll(added.map(documentOf));
    return new PassageIndex(this.#search, new Map(passages.map((p) => [p.id, p])), this.#holder);
  }

  #live(): void {
    if (this.#holder.current !== this)
      throw new Error("search: this index was replaced by a corpus reload while in use");
  }

  /**
   * Indexes `passages` by their terms. Article titles are not indexed: retrieval scores them
   * itself, and indexing them with every passage cost build time and memory and gave no better
   * candidates (SQuAD tune half). `indexed` hears how many passages are in so far.
   */
  static build(passages: readonly Passage[], indexed?: (done: number) => void): PassageIndex {
    const search = new MiniSearch<PassageDocument>(INDEX_OPTIONS);
    // In slices, so a progress bar can follow a large corpus.
    for (let i = 0; i < passages.length; i += 2000) {
      search.addAll(passages.slice(i, i + 2000).map(documentOf));
      indexed?.(Math.min(passages.length, i + 2000));
    }
    return new PassageIndex(search, new Map(passages.map((p) => [p.id, p])));
  }

  /**
   * An index saved by {@link toJSON}, loaded with the same options it was built with (the
   * snapshot that holds it is keyed by those options).
   */
  static load(json: CompactIndex, passages: readonly Passage[]): PassageIndex {
    return new PassageIndex(
      loadCompactIndex(json, INDEX_OPTIONS),
      new Map(passages.map((p) => [p.id, p])),
    );
  }

  /** A plain object for persisting (see {@link CompactIndex}). */
  toJSON(): CompactIndex {
    this.#live();
    return compactIndex(this.#search.toJSON());
  }

  /** Passages matching `query`, best first: exact terms plus their word families. */
  search(query: string, limit = 10): PassageHit[] {
    this.#live();
    const results = this.#search.search({
      combineWith: "OR",
      queries: [
        { ...EXACT_SEARCH, queries: [query] },
        { ...FAMILY_SEARCH, queries: [query] },
      ],
    });
    return this.#hits(results, limit);
  }

  /**
   * Where the corpus has term `a` right before term `b` in one sentence (stop words may stand
   * between, as in "Bank of England"): the passages, and how many sentences.
   */
  phrase(a: string, b: string): Phrase {
    this.#live();
    const key = `${a} ${b}`;
    let phrase = this.#phrases.get(key);
    if (!phrase) {
      // Bounded: a long-running bot meets ever more names; the oldest lookups go first.
      if (this.#phrases.size >= PHRASE_MEMO)
        this.#phrases.delete(this.#phrases.keys().next().value!);
      this.#phrases.set(key, (phrase = this.#lookUpPhrase(a, b)));
    }
    return phrase;
  }

  #lookUpPhrase(a: string, b: string): Phrase {
    const passages = new Map<string, number>();
    let sentences = 0;
    const both = this.#search.search(`${a} ${b}`, {
      ...EXACT_SEARCH,
      ...AS_TERMS,
      combineWith: "AND",
    });
    for (const result of both) {
      const passage = this.#passages.get(String(result.id));
      if (!passage) continue;
      for (const sentence of passage.sentenceTerms)
        for (let i = 1; i < sentence.length; i++)
          if (sentence[i - 1] === a && sentence[i] === b) {
            passages.set(passage.id, result.score);
            sentences++;
            break;
          }
    }
    return { words: [a, b], passages, sentences };
  }

  /**
   * Passages holding any of `terms` (already terms, as {@link termOf} makes them), best first
   * by MiniSearch's BM25, at most `limit`; with `families`, also those holding a term of the
   * same word family (a prefix match on the family's stem); with `phrases`, also those where a
   * phrase's words stand together. With `copyKey` (what else, beside
   * its text, tells a passage apart: its article's title), a passage that repeats an earlier
   * candidate's text and key (a copy of an article) counts once: copies score alike, so they
   * would fill the pool side by side and crowd out the passage that answers (with BBC News
   * copied ten times, the source article of a question drawn from it fell out of the top 12
   * for a third of such questions).
   */
  candidates(
    terms: readonly string[],
    families: readonly string[],
    limit: number,
    copyKey?: (passage: Passage) => string,
    phrases: readonly Phrase[] = [],
  ): Passage[] {
    this.#live();
    const exact = { ...EXACT_SEARCH, ...AS_TERMS };
    const results: { readonly id: unknown; readonly score: number }[] =
      terms.length === 0
        ? []
        : families.length === 0
          ? this.#search.search(terms.join(" "), exact)
          : this.#search.search({
              combineWith: "OR",
              queries: [
                { ...exact, queries: [terms.join(" ")] },
                { ...FAMILY_SEARCH, ...AS_TERMS, queries: [families.map(familyOf).join(" ")] },
              ],
            });
    // One record of the copies taken serves both pools: a phrase's passage that repeats one
    // already gathered (same text, same copy key) is the same copy, and is left out.
    const taken = new Map<string, string[]>();
    const gathered = this.#hits(results, limit, copyKey, taken).map((hit) => hit.passage);
    if (phrases.length === 0) return gathered;
    // The phrases' passages come on top of the terms' pool, never in its place: ranked with
    // it by their lookup's BM25 of two words, they outscored every passage of a rarer word
    // and pushed it out ("what did tony blair say about iraq" gathered Tony Blair, no Iraq).
    const found = new Set(gathered.map((passage) => passage.id));
    const extra: { readonly id: string; readonly score: number }[] = [];
    for (const phrase of phrases)
      for (const [id, score] of phrase.passages)
        if (!found.has(id)) {
          found.add(id);
          extra.push({ id, score });
        }
    extra.sort((x, y) => y.score - x.score);
    const added = this.#hits(extra, Math.ceil(limit * PHRASE_SHARE), copyKey, taken);
    return [...gathered, ...added.map((hit) => hit.passage)];
  }

  #hits(
    results: readonly { readonly id: unknown; readonly score: number }[],
    limit: number,
    copyKey?: (passage: Passage) => string,
    // Passage text → the copy keys already taken with it.
    taken = new Map<string, string[]>(),
  ): PassageHit[] {
    const hits: PassageHit[] = [];
    for (const result of results) {
      const passage = this.#passages.get(String(result.id));
      if (!passage) continue;
      if (copyKey) {
        const key = copyKey(passage);
        const keys = taken.get(passage.text);
        if (keys?.includes(key)) continue;
        if (keys) keys.push(key);
        else taken.set(passage.text, [key]);
      }
      hits.push({ passage, score: result.score });
      if (hits.length >= limit) break;
    }
    return hits;
  }

  /** Number of indexed passages. */
  get size(): number {
    return this.#search.documentCount;
  }
}
