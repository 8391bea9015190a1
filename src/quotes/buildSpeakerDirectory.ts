import type { Article } from "../corpus/types.js";
import type { SpeakerDirectory, SpeakerEntry } from "./directoryTypes.js";
import { mergeQuotes } from "./mergeQuotes.js";
import { nameWords, surname } from "./names.js";
import { speakerAliases } from "./speakerAliases.js";
import { foldName } from "./speakerKeys.js";
import type { ArticleSpeakers } from "./articleSpeakers.js";
import { keyOf, quoteSightings, sightingsOf, splitNamesakes } from "./speakerSightings.js";
import type { Sighting } from "./speakerSightings.js";
import type { QuoteMention } from "./types.js";

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/** The most common of the names with the most words ("Sir Digby Jones" over "Digby Jones"). */
function fullestCommon(counts: ReadonlyMap<string, number>, fallback: string): string {
  let best: string | null = null;
  let bestWords = 0;
  for (const [n, count] of counts) {
    const words = nameWords(n).length;
    if (
      best === null ||
      words > bestWords ||
      (words === bestWords && count > (counts.get(best) ?? 0))
    ) {
      best = n;
      bestWords = words;
    }
  }
  return best ?? fallback;
}

/**
 * Builds the speaker directory: one entry per person or body with its canonical name, aliases,
 * roles, deduplicated quotes (each with every source) and the places it is mentioned. People
 * named but never quoted get entries with no quotes. Namesakes whose roles have nothing in
 * common across articles are kept apart.
 */
export function buildSpeakerDirectory(
  articles: Iterable<Article>,
  mentions: readonly QuoteMention[],
): SpeakerDirectory {
  return directoryFromSightings(sightingsOf(articles, mentions));
}

/**
 * The directory from each article's quotes and names (see `articleSpeakers`), in corpus order:
 * the same as {@link buildSpeakerDirectory} over those articles and quotes.
 */
export function directoryOfArticles(found: readonly ArticleSpeakers[]): SpeakerDirectory {
  const names = found.flatMap((f) => f.names);
  return directoryFromSightings(names.concat(found.flatMap((f) => quoteSightings(f.quotes))));
}

/**
 * The directory from sightings already found (see {@link sightingsOf}): a corpus that changes
 * keeps each article's sightings and only groups them again (see `SpeakerIndex` for grouping
 * only what a change touches).
 */
export function directoryFromSightings(sightings: Iterable<Sighting>): SpeakerDirectory {
  const groups = new Map<string, Sighting[]>();
  for (const s of sightings) {
    const key = keyOf(s);
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  }
  // A surname never written in full elsewhere joins the one full name it fits ("Obama"). Full
  // names are looked up by their folded surname, so this stays linear in the number of names.
  const fullBySurname = new Map<string, string[]>();
  for (const key of groups.keys()) {
    const folded = fullNameSurname(key);
    if (folded === null) continue;
    const list = fullBySurname.get(folded);
    if (list) list.push(key);
    else fullBySurname.set(folded, [key]);
  }
  for (const [key, items] of [...groups]) {
    const alone = surnameOnly(key);
    if (alone === null) continue;
    const fits = fullBySurname.get(alone) ?? [];
    const target = fits.length === 1 && fits[0] ? groups.get(fits[0]) : undefined;
    if (target) {
      target.push(...items);
      groups.delete(key);
    }
  }
  return finishDirectory([...groups.values()].flatMap(draftsOf));
}

/** The folded surname of a full person's name key ("person:barack obama" → "obama"), else null. */
export function fullNameSurname(key: string): string | null {
  if (!key.startsWith("person:") || !key.includes(" ")) return null;
  return foldName(surname(key.slice(7)));
}

/** The name of a person key written as a surname alone ("person:obama" → "obama"), else null. */
export function surnameOnly(key: string): string | null {
  return key.startsWith("person:") && !key.includes(" ") ? key.slice(7) : null;
}

/** A directory entry before its id is given: ids depend on the whole directory. */
export type SpeakerDraft = Omit<SpeakerEntry, "id"> & { readonly slug: string };

/**
 * The entries one group of sightings (one name, with the surname sightings it took in) makes:
 * one per person when namesakes are told apart, else one. Depends on the group alone.
 */
export function draftsOf(group: readonly Sighting[]): SpeakerDraft[] {
  const drafts: SpeakerDraft[] = [];
  for (const items of group[0]?.kind === "person" ? splitNamesakes(group) : [group]) {
    const first = items[0];
    if (!first) continue;
    // A person is sighted thousands of times under a handful of spellings: each distinct
    // name, surface and role is read once.
    const nameCounts = new Map<string, number>();
    const surfaces = new Set<string>();
    const roleSet = new Set<string>();
    for (const s of items) {
      nameCounts.set(s.name, (nameCounts.get(s.name) ?? 0) + 1);
      surfaces.add(s.surface);
      if (s.role) roleSet.add(s.role);
    }
    const names = [...nameCounts.keys()];
    const aliases = speakerAliases(first.kind, [...surfaces, ...names], [...roleSet]);
    const name =
      first.kind === "organisation" ? aliases.canonical : fullestCommon(nameCounts, first.name);
    const slug =
      foldName(name)
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "") || "speaker";
    const quoted: QuoteMention[] = [];
    for (const s of items) if (s.quote) quoted.push(s.quote);
    const roles = [...roleSet];
    const seen = new Set<string>();
    const where: (typeof items)[number]["at"][] = [];
    for (const { at } of items) {
      const place = `${at.articleId}#${at.paragraph}@${at.offset}`;
      if (seen.has(place)) continue;
      seen.add(place);
      where.push(at);
    }
    const role = mostCommon(quoted.flatMap((q) => (q.role ? [q.role] : []))) ?? mostCommon(roles);
    const folded = foldName(name);
    const otherNames = aliases.all.filter((a) => foldName(a) !== folded);
    drafts.push({
      slug,
      name,
      kind: first.kind,
      role,
      roles,
      aliases: otherNames,
      quotes: mergeQuotes(quoted),
      mentions: where,
    });
  }
  return drafts;
}

/**
 * The directory of drafts taken in corpus order (by each group's first sighting): ids from
 * their slugs, numbered in that order when two share one, then most-quoted first.
 */
export function finishDirectory(drafts: Iterable<SpeakerDraft>): SpeakerDirectory {
  const ids = new Set<string>();
  const entries: SpeakerEntry[] = [];
  for (const { slug, ...draft } of drafts) {
    let id = slug;
    for (let n = 2; ids.has(id); n++) id = `${slug}-${n}`;
    ids.add(id);
    entries.push({ id, ...draft });
  }
  // Most entries have no quotes and are ordered by name: each name's plain form is read once.
  const keyed = entries.map((entry) => ({ entry, plain: plainName(entry.name) }));
  keyed.sort(
    (a, b) =>
      b.entry.quotes.length - a.entry.quotes.length ||
      (a.plain !== null && b.plain !== null
        ? comparePlain(a.entry.name, a.plain, b.entry.name, b.plain)
        : byName(a.entry.name, b.entry.name)),
  );
  const sorted = keyed.map((k) => k.entry);
  return { entries: sorted, byId: new Map(sorted.map((e) => [e.id, e])) };
}

/** `localeCompare`'s order, with its collator made once (it is far quicker on 9,000 names). */
const byName = new Intl.Collator().compare;

const PLAIN_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** A name of ASCII letters and single spaces, lower-cased; null for any other name. */
function plainName(name: string): string | null {
  return PLAIN_NAME.test(name) ? name.toLowerCase() : null;
}

/**
 * The collator's order for two plain names (see {@link plainName}), without the collator: letters
 * compare alphabetically whatever their case and a space before any letter, and only names equal
 * but for case are told apart, the first difference deciding, lower case first. A collator
 * comparison cost as much as the rest of the directory's ordering.
 */
function comparePlain(a: string, lowerA: string, b: string, lowerB: string): number {
  if (lowerA !== lowerB) return lowerA < lowerB ? -1 : 1;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] === lowerA[i] ? -1 : 1;
  return 0;
}

/**
 * The order of names in the directory: the collator's (`localeCompare`'s), read without it for
 * names of plain letters and spaces.
 */
export function compareNames(a: string, b: string): number {
  const lowerA = plainName(a);
  const lowerB = plainName(b);
  return lowerA !== null && lowerB !== null ? comparePlain(a, lowerA, b, lowerB) : byName(a, b);
}
