import type { Passage } from "../corpus/types.js";
import { familyOf, termOf } from "../text/tokens.js";

/** How many sentences hold a term (or family), and the last sentence counted. */
interface Tally {
  count: number;
  last: number;
}

/** The persisted form of {@link TermStats}. */
export interface TermStatsJson {
  readonly sentences: number;
  readonly terms: ReadonlyArray<readonly [string, number]>;
  readonly families: ReadonlyArray<readonly [string, number]>;
  readonly passages: number;
  readonly passageTerms: number;
  /** Per term capitalised somewhere: sentences capitalising it, and those doing so inside. */
  readonly capitalized?: ReadonlyArray<readonly [string, number, number]>;
}

/**
 * A capitalised word. Latin capitals only: a Unicode-class pattern doubled the cost of this
 * pass over the corpus, and names that open with an accented capital are rare in English news.
 */
const CAPITAL = /[A-Z][A-Za-z0-9\u00C0-\u024F]*(?:['’][A-Za-z]+)?/g;
/** What may stand, before a space, ahead of a word inside a sentence (not after a quote mark). */
const INSIDE_BEFORE = /[\p{L}\p{N},;)]/u;

/** Share of a term's sentences that must capitalise it for it to read as a name. */
const NAME_SHARE = 0.8;

/** Sentences capitalising a term anywhere and inside, and the last sentence counted for each. */
interface Capitals {
  any: number;
  inside: number;
  lastAny: number;
  lastInside: number;
}

/** Whether the word at `at` stands inside its sentence: after a space and a word or comma. */
function insideAt(text: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && (text[j] === " " || text[j] === "\n" || text[j] === "\t")) j--;
  return j >= 0 && j < at - 1 && INSIDE_BEFORE.test(text[j]!);
}

/**
 * How many sentences of the corpus hold each term and each word family: the basis of the
 * inverse document frequencies the answer scorer weighs question words with.
 */
export class TermStats {
  readonly #terms = new Map<string, number>();
  readonly #families = new Map<string, number>();
  readonly #capitalized = new Map<string, Capitals>();
  /** Numbers sentences as their capitals are counted, so a term counts once a sentence. */
  #capitalStamp = 0;
  #sentences = 0;
  #passages = 0;
  #passageTerms = 0;

  /** Stats saved by {@link toJSON}. */
  static fromJSON(json: TermStatsJson): TermStats {
    const stats = new TermStats();
    stats.#sentences = json.sentences;
    stats.#passages = json.passages;
    stats.#passageTerms = json.passageTerms;
    for (const [term, n] of json.terms) stats.#terms.set(term, n);
    for (const [family, n] of json.families) stats.#families.set(family, n);
    for (const [term, any, inside] of json.capitalized ?? [])
      stats.#capitalized.set(term, { any, inside, lastAny: 0, lastInside: 0 });
    return stats;
  }

  /** A plain object for persisting. */
  toJSON(): TermStatsJson {
    return {
      sentences: this.#sentences,
      terms: [...this.#terms],
      families: [...this.#families],
      passages: this.#passages,
      passageTerms: this.#passageTerms,
      capitalized: [...this.#capitalized].map(([term, c]) => [term, c.any, c.inside]),
    };
  }

  /** Counts the sentences of `passages`. */
  static fromPassages(passages: Iterable<Passage>): TermStats {
    const stats = new TermStats();
    // One lookup per term occurrence: each distinct term points at its family's tally, and each
    // tally remembers the last sentence it counted, so a term repeated in a sentence counts once.
    const tallies = new Map<string, { term: Tally; family: Tally }>();
    const families = new Map<string, Tally>();
    for (const passage of passages) {
      stats.#countCapitals(passage, 1);
      stats.#passages++;
      for (const sentence of passage.sentenceTerms) {
        const id = ++stats.#sentences;
        stats.#passageTerms += sentence.length;
        for (const term of sentence) {
          let tally = tallies.get(term);
          if (tally === undefined) {
            const root = familyOf(term);
            let family = families.get(root);
            if (family === undefined) {
              family = { count: 0, last: 0 };
              families.set(root, family);
            }
            tally = { term: { count: 0, last: 0 }, family };
            tallies.set(term, tally);
          }
          if (tally.term.last !== id) {
            tally.term.last = id;
            tally.term.count++;
          }
          if (tally.family.last !== id) {
            tally.family.last = id;
            tally.family.count++;
          }
        }
      }
    }
    for (const [term, tally] of tallies) stats.#terms.set(term, tally.term.count);
    for (const [family, tally] of families) stats.#families.set(family, tally.count);
    return stats;
  }

  /**
   * The statistics after `removed` passages leave the corpus and `added` ones join it: a copy,
   * so knowledge already handed out keeps counting as before. Work grows with the change and
   * the number of distinct terms, not with the corpus.
   */
  changed(removed: Iterable<Passage>, added: Iterable<Passage>): TermStats {
    const next = new TermStats();
    next.#sentences = this.#sentences;
    next.#passages = this.#passages;
    next.#passageTerms = this.#passageTerms;
    for (const [term, n] of this.#terms) next.#terms.set(term, n);
    for (const [family, n] of this.#families) next.#families.set(family, n);
    for (const [term, c] of this.#capitalized)
      next.#capitalized.set(term, { any: c.any, inside: c.inside, lastAny: 0, lastInside: 0 });
    next.#count(removed, -1);
    next.#count(added, 1);
    return next;
  }

  #count(passages: Iterable<Passage>, sign: 1 | -1): void {
    const bump = (map: Map<string, number>, key: string): void => {
      const n = (map.get(key) ?? 0) + sign;
      if (n > 0) map.set(key, n);
      else map.delete(key);
    };
    for (const passage of passages) {
      this.#countCapitals(passage, sign);
      this.#passages += sign;
      for (const sentence of passage.sentenceTerms) {
        this.#sentences += sign;
        this.#passageTerms += sign * sentence.length;
        const families = new Set<string>();
        for (const term of new Set(sentence)) {
          bump(this.#terms, term);
          families.add(familyOf(term));
        }
        for (const family of families) bump(this.#families, family);
      }
    }
  }

  /** Counts (or, with sign -1, uncounts) the sentences of `passage` that capitalise a term. */
  #countCapitals(passage: Passage, sign: 1 | -1): void {
    for (const sentence of passage.sentences) {
      const stamp = ++this.#capitalStamp;
      const text = sentence.text;
      CAPITAL.lastIndex = 0;
      for (let match = CAPITAL.exec(text); match !== null; match = CAPITAL.exec(text)) {
        const term = termOf(match[0]);
        if (term === null) continue;
        let c = this.#capitalized.get(term);
        if (c === undefined)
          this.#capitalized.set(term, (c = { any: 0, inside: 0, lastAny: 0, lastInside: 0 }));
        if (c.lastAny !== stamp) {
          c.lastAny = stamp;
          c.any += sign;
        }
        if (c.lastInside !== stamp && insideAt(text, match.index)) {
          c.lastInside = stamp;
          c.inside += sign;
        }
        if (c.any <= 0) this.#capitalized.delete(term);
      }
    }
  }

  /**
   * Whether the corpus writes `term` as a name: capitalised in most of the sentences that
   * hold it, and at least once inside a sentence (so not just as a sentence's first word). A
   * question typed in lower case ("how much profit did doubleclick make") still names what it
   * is about.
   */
  nameLike(term: string): boolean {
    const c = this.#capitalized.get(term);
    return c !== undefined && c.inside > 0 && this.mostlyCapitalised(term);
  }

  /**
   * Whether the corpus writes `term` capitalised in most of the sentences that hold it, a
   * sentence's first word included: false for a word it mostly writes in lower case
   * ("deputy", "education").
   */
  mostlyCapitalised(term: string): boolean {
    const c = this.#capitalized.get(term);
    return c !== undefined && c.any >= NAME_SHARE * this.count(term);
  }

  get sentences(): number {
    return this.#sentences;
  }

  /** Average number of terms in a passage: the length BM25 normalises by. */
  get averagePassageTerms(): number {
    return this.#passages === 0 ? 1 : this.#passageTerms / this.#passages;
  }

  /** Sentences holding exactly this term. */
  count(term: string): number {
    return this.#terms.get(term) ?? 0;
  }

  /** Sentences holding a term of this term's family. */
  familyCount(term: string): number {
    return this.#families.get(familyOf(term)) ?? 0;
  }

  /**
   * Inverse sentence frequency, BM25-style and never negative; a term the corpus lacks is
   * counted by its word family.
   */
  idf(term: string): number {
    const n = this.count(term) || this.familyCount(term);
    return Math.log(1 + (this.#sentences - n + 0.5) / (n + 0.5));
  }
}
