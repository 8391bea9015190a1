import type { SpeakerDirectory, SpeakerEntry } from "./directoryTypes.js";
import { editDistance, typoAllowance } from "./editDistance.js";
import { HONORIFICS } from "./lexicon.js";
import { foldName, organisationKey } from "./speakerKeys.js";

/** How well an entry fits a typed name, best first; `none` means it does not fit. */
export type MatchTier = "exact" | "words" | "prefix" | "typo" | "none";

const IGNORED: ReadonlySet<string> = new Set(["the", ...HONORIFICS]);

/** The words of a typed name, folded, without "the" and courtesy titles. */
export function queryWords(query: string): string[] {
  return foldName(query.replace(/[’']s\b/g, ""))
    .split(" ")
    .filter((w) => w && !IGNORED.has(w));
}

/** An entry's names folded for matching, worked out once per entry. */
interface EntryNames {
  /** The name and aliases, folded. */
  readonly forms: readonly string[];
  /** Their words, possessives dropped. */
  readonly words: readonly string[];
  /** For an organisation: the key its name variants share. */
  readonly organisation: string | null;
}

const namesOf = new WeakMap<SpeakerEntry, EntryNames>();

function entryNames(entry: SpeakerEntry): EntryNames {
  let names = namesOf.get(entry);
  if (!names) {
    const forms = [entry.name, ...entry.aliases].map(foldName);
    names = {
      forms,
      words: [...new Set(forms.flatMap((f) => f.replace(/'s\b/g, "").split(" ")))],
      organisation: entry.kind === "organisation" ? organisationKey(entry.name) : null,
    };
    namesOf.set(entry, names);
  }
  return names;
}

/** A typed name read once, for grading many entries against it. */
export interface TypedName {
  readonly raw: string;
  readonly words: readonly string[];
  readonly joined: string;
  readonly organisation: string;
}

/** Reads a typed name for {@link matchTier}. */
export function typedName(query: string): TypedName {
  const words = queryWords(query);
  return {
    raw: query.trim(),
    words,
    joined: words.join(" "),
    organisation: organisationKey(query),
  };
}

/**
 * Grades an entry against a typed name: the name or an alias exactly (organisation variants
 * included), every typed word among its words, every typed word a prefix of one, or each
 * typed word within a typo or two of a word (or of a word's beginning, while still typing).
 * Typos are only looked for when `typos` is true.
 */
export function matchTier(entry: SpeakerEntry, typed: TypedName, typos = true): MatchTier {
  const { words, joined } = typed;
  if (words.length === 0) return "none";
  const names = entryNames(entry);
  if (entry.id === typed.raw || names.forms.some((f) => f.replace(/^the /, "") === joined))
    return "exact";
  if (names.organisation !== null && typed.organisation === names.organisation) return "exact";
  const own = names.words;
  if (words.every((w) => own.includes(w))) return "words";
  if (
    words.every((w) => own.some((o) => o.startsWith(w))) ||
    names.forms.some((f) => f.startsWith(joined))
  )
    return "prefix";
  if (!typos) return "none";
  // While typing, a word may be unfinished: compare with the beginnings of the entry's words too.
  const close = (w: string) => {
    const max = typoAllowance(w.length);
    return own.some((o) =>
      [o, o.slice(0, w.length - 1), o.slice(0, w.length), o.slice(0, w.length + 1)].some(
        (x) => x.length > 0 && editDistance(w, x, max) <= max,
      ),
    );
  };
  if (words.every(close)) return "typo";
  return "none";
}

const ORDER: readonly MatchTier[] = ["exact", "words", "prefix", "typo"];

/**
 * Whether an entry can fit `typed` at the exact, words or prefix tier, read from its names as
 * written, without folding them (folding every entry's names made the first lookup of a fresh
 * directory take 0.1–0.3 s at BBC size). Each of those tiers needs every typed word inside one
 * of the entry's folded names; a name in plain ASCII folds by lower-casing and turning other
 * marks into spaces, so a word missing from it lower-cased is missing from it folded. Names
 * with other characters, organisations (also matched by their key), ids and words with an
 * apostrophe are left to {@link matchTier}.
 */
function mayFitWithoutTypos(entry: SpeakerEntry, typed: TypedName): boolean {
  if (entry.kind === "organisation" || entry.id === typed.raw) return true;
  const names = [entry.name, ...entry.aliases];
  if (names.some((n) => !/^[\x20-\x7e]*$/u.test(n))) return true;
  const lower = names.map((n) => n.toLowerCase());
  return typed.words.every((w) => w.includes("'") || lower.some((n) => n.includes(w)));
}

/** Entries fitting `query` at the best tier any of them reaches (so "Putin" never lists "Putnam"). */
export function bestMatches(
  directory: SpeakerDirectory,
  query: string,
  tiers: readonly MatchTier[] = ORDER,
): SpeakerEntry[] {
  const typed = typedName(query);
  const typos = tiers.includes("typo");
  const graded = directory.entries.map((e) => ({
    e,
    tier: typos || mayFitWithoutTypos(e, typed) ? matchTier(e, typed, typos) : ("none" as const),
  }));
  for (const tier of tiers) {
    const hits = graded.filter((g) => g.tier === tier).map((g) => g.e);
    if (hits.length > 0) return hits;
  }
  return [];
}

/** Entries ordered by how close their names are to `query`, for "did you mean" suggestions. */
export function closestEntries(
  directory: SpeakerDirectory,
  query: string,
  limit: number,
): SpeakerEntry[] {
  const q = queryWords(query).join(" ");
  // Only shares of at most a half are kept, so no distance needs working out past that.
  const share = (a: string, b: string) => {
    const longest = Math.max(a.length, b.length, 1);
    return editDistance(a, b, Math.floor(longest / 2)) / longest;
  };
  const distance = (e: SpeakerEntry) => {
    const names = entryNames(e);
    return Math.min(...names.forms.map((f) => share(q, f)), ...names.words.map((w) => share(q, w)));
  };
  return directory.entries
    .map((e) => ({ e, d: distance(e) }))
    .filter((x) => x.d <= 0.5)
    .sort((a, b) => a.d - b.d || b.e.quotes.length - a.e.quotes.length)
    .slice(0, limit)
    .map((x) => x.e);
}
