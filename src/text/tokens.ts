import { stemmer } from "stemmer";
import { IRREGULAR_VERBS } from "./irregular.js";
import { STOP_WORDS } from "./stopwords.js";

/** A word as it appears in the text, with its position, before stop-word removal and stemming. */
export interface Token {
  /** Lower-cased, accents folded, possessive `'s` removed; the country's "US" kept in capitals. */
  readonly word: string;
  /** Offset of the word in the text it came from. */
  readonly start: number;
}

/**
 * A word; "U.S." and "U.S.A." whole, with a possessive ("U.S.'s"), so their letters are not
 * read as words.
 */
const WORD = /U\.S\.(?:A\.)?(?:['’]s)?(?!\p{L})|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Splits text into lower-cased words, keeping their offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = foldWord(match[0]);
    if (word.length > 0) tokens.push({ word, start: match.index });
  }
  return tokens;
}

/**
 * The country's short name as written, "US", "U.S." or "U.S.A.": kept in capitals, since lower-cased it
 * would be the pronoun "us", a stop word, and "the US" would match nothing.
 */
const COUNTRY = new Set(["US", "U.S.", "U.S.A."]);
/** The term of the country's short name, shared with "USA". */
export const US_TERM = "usa";

/**
 * Lower-cases a word, folds accents and drops a possessive ending ("Russia’s" → "russia");
 * the country's "US", "U.S." and "U.S.A." stay as written (their term is {@link US_TERM}).
 */
export function foldWord(word: string): string {
  const bare = word.replace(/['’]s$/u, "");
  if (COUNTRY.has(bare)) return bare;
  // Most words are plain ASCII: no accents to fold, no curly apostrophe.
  if (/^[\x20-\x7E]*$/u.test(word)) {
    const lower = word.toLowerCase();
    return lower.endsWith("'s") ? lower.slice(0, -2) : lower;
  }
  return word
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/’/gu, "'")
    .replace(/'s$/u, "");
}

/** Terms already computed, by word: stemming is the costly step and vocabularies are small. */
const termCache = new Map<string, string | null>();
const TERM_CACHE_LIMIT = 500_000;

/**
 * The index term for one word: null for a stop word, otherwise its Porter stem (irregular
 * past forms first mapped to their verb). This is the single definition of a term, used by
 * the index and by the answer scorer alike.
 */
export function termOf(word: string): string | null {
  const cached = termCache.get(word);
  if (cached !== undefined) return cached;
  const term = computeTerm(word);
  if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
  termCache.set(word, term);
  return term;
}

function computeTerm(word: string): string | null {
  const folded = foldWord(word);
  if (COUNTRY.has(folded)) return US_TERM;
  if (folded.length === 0 || STOP_WORDS.has(folded)) return null;
  // Stemming numbers or single letters only loses information.
  if (/^\p{N}+$/u.test(folded) || folded.length < 3) return folded;
  const plain = folded.replace(/'/gu, "");
  return stemmer(IRREGULAR_VERBS.get(plain) ?? plain);
}

/** The content terms of a text, in order, duplicates kept. */
export function terms(text: string): string[] {
  const out: string[] = [];
  // Straight from each word as written to its term: termOf caches by the written form, so a
  // word seen before costs one lookup.
  for (const match of text.matchAll(WORD)) {
    const term = termOf(match[0]);
    if (term !== null) out.push(term);
  }
  return out;
}

/** Stems that share this many first letters are one word family. */
export const FAMILY_LENGTH = 6;

/**
 * The word family of a term: stems that share their first six letters are treated as one
 * family ("recognit"ion and "recogn"ize), which Porter's stemmer alone keeps apart.
 */
export function familyOf(term: string): string {
  if (term.length <= FAMILY_LENGTH) return term;
  // Cached: the index and the statistics ask for the family of every term of the corpus, and
  // a new string each time would keep the garbage collector busy.
  let family = familyCache.get(term);
  if (family === undefined) {
    family = term.slice(0, FAMILY_LENGTH);
    if (familyCache.size >= TERM_CACHE_LIMIT) familyCache.clear();
    familyCache.set(term, family);
  }
  return family;
}

const familyCache = new Map<string, string>();
