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
 * version, and a test checks that a loaded index searches as the built one).
 * Throws when a posting is not a pair of whole numbers.
 */
export function loadCompactIndex<T>(compact: CompactIndex, options: Options<T>): MiniSearch<T> {
  const search = MiniSearch.loadJS(compact.base, options);
  const tree = (search as unknown as { _index: TermTree })._index;
  for (const [term, encoded] of compact.terms) tree.set(term, readPostings(term, encoded));
  return search;
}

const SPACE = 32;
const SEMICOLON = 59;
const ZERO = 48;

/**
 * One term's postings from their string, read digit by digit: splitting 400,000 postings into
 * strings and converting each took most of the load. Throws on anything but whole numbers
 * separated by single spaces, fields by `;`, each field an id and pairs.
 */
function readPostings(term: string, encoded: string): Map<number, Map<number, number>> {
  const fields = new Map<number, Map<number, number>>();
  const numbers: number[] = [];
  let value = -1;
  const bad = (): never => {
    throw new Error(`search: the postings of "${term}" are not whole numbers`);
  };
  const endField = (): void => {
    if (numbers.length % 2 === 0) bad();
    const docs = new Map<number, number>();
    for (let i = 1; i < numbers.length; i += 2) docs.set(numbers[i]!, numbers[i + 1]!);
    fields.set(numbers[0]!, docs);
    numbers.length = 0;
  };
  for (let i = 0; i <= encoded.length; i++) {
    const code = i < encoded.length ? encoded.charCodeAt(i) : SEMICOLON;
    const digit = code - ZERO;
    if (digit >= 0 && digit <= 9) value = value < 0 ? digit : value * 10 + digit;
    else if (code === SPACE || code === SEMICOLON) {
      if (value < 0) bad();
      numbers.push(value);
      value = -1;
      if (code === SEMICOLON) endField();
    } else bad();
  }
  return fields;
}
