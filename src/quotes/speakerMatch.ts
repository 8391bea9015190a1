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

function entryForms(entry: SpeakerEntry): string[] {
  return [entry.name, ...entry.aliases].map(foldName);
}

function entryWords(entry: SpeakerEntry): Set<string> {
  return new Set(entryForms(entry).flatMap((f) => f.replace(/'s\b/g, "").split(" ")));
}

/**
 * Grades an entry against a typed name: the name or an alias exactly (organisation variants
 * included), every typed word among its words, every typed word a prefix of one, or each
 * typed word within a typo or two of a word (or of a word's beginning, while still typing).
 */
export function matchTier(entry: SpeakerEntry, query: string): MatchTier {
  const words = queryWords(query);
  if (words.length === 0) return "none";
  const joined = words.join(" ");
  if (entry.id === query.trim() || entryForms(entry).some((f) => f.replace(/^the /, "") === joined))
    return "exact";
  if (entry.kind === "organisation" && organisationKey(query) === organisationKey(entry.name))
    return "exact";
  const own = [...entryWords(entry)];
  if (words.every((w) => own.includes(w))) return "words";
  if (
    words.every((w) => own.some((o) => o.startsWith(w))) ||
    entryForms(entry).some((f) => f.startsWith(joined))
  )
    return "prefix";
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

/** Entries fitting `query` at the best tier any of them reaches (so "Putin" never lists "Putnam"). */
export function bestMatches(
  directory: SpeakerDirectory,
  query: string,
  tiers: readonly MatchTier[] = ORDER,
): SpeakerEntry[] {
  const graded = directory.entries.map((e) => ({ e, tier: matchTier(e, query) }));
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
  const distance = (e: SpeakerEntry) =>
    Math.min(
      ...entryForms(e).map((f) => editDistance(q, f) / Math.max(q.length, f.length, 1)),
      ...[...entryWords(e)].map((w) => editDistance(q, w) / Math.max(q.length, w.length, 1)),
    );
  return directory.entries
    .map((e) => ({ e, d: distance(e) }))
    .filter((x) => x.d <= 0.5)
    .sort((a, b) => a.d - b.d || b.e.quotes.length - a.e.quotes.length)
    .slice(0, limit)
    .map((x) => x.e);
}
