import MiniSearch, { type AsPlainObject, type Options } from "minisearch";

/**
 * A MiniSearch index as the snapshot stores it: MiniSearch's own JSON without its term
 * entries, and each term's postings as one string. MiniSearch's JSON holds a term's postings
 * as an object keyed by document number; at BBC size (20,000 terms, 400,000 postings) parsing
 * those objects and `loadJS` turning each into a Map took 0.6 s of a 1.5 s start. As strings
 * they parse in a twentieth of the time and become Maps directly.
 */
export interface CompactIndex {
  /** `MiniSearch#toJSON()` with an empty `index`. */
  readonly base: AsPlainObject;
  /**
   * `[term, postings]`: per field, `fieldId docId frequency docId frequency …`, fields joined
   * by `;`.
   */
  readonly terms: ReadonlyArray<readonly [string, string]>;
}

/** The term entries of MiniSearch's JSON, as its `toJSON` writes them (serialization 2). */
type Postings = Record<string, Record<string, number>>;

/** MiniSearch's term tree, which `loadJS` fills; only `set` is used. */
interface TermTree {
  set(term: string, postings: Map<number, Map<number, number>>): unknown;
}

/** The compact form of a MiniSearch index's JSON. */
export function compactIndex(json: AsPlainObject): CompactIndex {
  const terms = json.index.map(([term, fields]) => {
    const encoded = Object.entries(fields as Postings).map(([fieldId, docs]) => {
      const parts = [fieldId];
      for (const [doc, frequency] of Object.entries(docs)) parts.push(doc, String(frequency));
      return parts.join(" ");
    });
    return [term, encoded.join(";")] as const;
  });
  return { base: { ...json, index: [] }, terms };
}

/**
 * Loads a compact index with the options it was built with: MiniSearch's own `loadJS` reads
 * everything but the terms, which are then put into its term tree as `loadJS` itself would
 * put them (the tree is MiniSearch's internal `_index`; the snapshot key hashes MiniSearch's
 * version, and a test checks that a loaded index searches as the built one). Each term's
 * postings are checked now but decoded only when MiniSearch first reads them (see
 * {@link LazyPostings}): a question reads a few dozen terms of 20,000.
 * Throws when a posting is not a pair of whole numbers.
 */
export function loadCompactIndex<T>(compact: CompactIndex, options: Options<T>): MiniSearch<T> {
  const search = MiniSearch.loadJS(compact.base, options);
  const tree = (search as unknown as { _index: TermTree })._index;
  for (const [term, encoded] of compact.terms) {
    readPostings(term, encoded);
    tree.set(term, new LazyPostings(term, encoded));
  }
  return search;
}

/**
 * One term's postings as MiniSearch keeps them (field id → document id → frequency), decoded
 * from their string on first use. Decoding all 20,000 terms' 400,000 postings into Maps was
 * the largest part of a start from the snapshot at BBC size (with the garbage collector's work
 * on what it made), and most are never read. Every Map method decodes first, so MiniSearch
 * (which searches, adds to and removes from these in place) sees an ordinary Map.
 */
class LazyPostings extends Map<number, Map<number, number>> {
  #term: string;
  #encoded: string | null;

  constructor(term: string, encoded: string) {
    super();
    this.#term = term;
    this.#encoded = encoded;
  }

  #decoded(): this {
    const encoded = this.#encoded;
    if (encoded !== null) {
      this.#encoded = null;
      readPostings(this.#term, encoded, (field, docs) => super.set(field, docs));
    }
    return this;
  }

  override get(field: number): Map<number, number> | undefined {
    return this.#decoded() && super.get(field);
  }
  override has(field: number): boolean {
    return this.#decoded() && super.has(field);
  }
  override set(field: number, docs: Map<number, number>): this {
    this.#decoded();
    return super.set(field, docs);
  }
  override delete(field: number): boolean {
    return this.#decoded() && super.delete(field);
  }
  override clear(): void {
    this.#encoded = null;
    super.clear();
  }
  override forEach(
    each: (docs: Map<number, number>, field: number, map: Map<number, Map<number, number>>) => void,
    self?: unknown,
  ): void {
    this.#decoded();
    super.forEach(each, self);
  }
  override get size(): number {
    return this.#decoded() && super.size;
  }
  override entries(): MapIterator<[number, Map<number, number>]> {
    return this.#decoded() && super.entries();
  }
  override keys(): MapIterator<number> {
    return this.#decoded() && super.keys();
  }
  override values(): MapIterator<Map<number, number>> {
    return this.#decoded() && super.values();
  }
  override [Symbol.iterator](): MapIterator<[number, Map<number, number>]> {
    return this.entries();
  }
}

const SPACE = 32;
const SEMICOLON = 59;
const ZERO = 48;

/**
 * Reads one term's postings from their string, digit by digit (splitting 400,000 postings into
 * strings and converting each took most of the load), giving each field's documents to `field`;
 * without it, only checks them. Throws on anything but whole numbers separated by single
 * spaces, fields by `;`, each field an id and pairs.
 */
function readPostings(
  term: string,
  encoded: string,
  field?: (id: number, docs: Map<number, number>) => void,
): void {
  let value = -1;
  /** Numbers read in the current field: its id, then document and frequency in turn. */
  let count = 0;
  let id = 0;
  let doc = 0;
  let docs: Map<number, number> | null = null;
  for (let i = 0; i <= encoded.length; i++) {
    const code = i < encoded.length ? encoded.charCodeAt(i) : SEMICOLON;
    const digit = code - ZERO;
    if (digit >= 0 && digit <= 9) {
      value = value < 0 ? digit : value * 10 + digit;
      continue;
    }
    if ((code !== SPACE && code !== SEMICOLON) || value < 0) bad(term);
    if (count === 0) {
      id = value;
      if (field) docs = new Map();
    } else if (count % 2 === 1) doc = value;
    else docs?.set(doc, value);
    count++;
    value = -1;
    if (code === SEMICOLON) {
      if (count % 2 === 0) bad(term);
      if (docs) field?.(id, docs);
      count = 0;
    }
  }
}

function bad(term: string): never {
  throw new Error(`search: the postings of "${term}" are not whole numbers`);
}
