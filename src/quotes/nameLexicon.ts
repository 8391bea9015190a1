import { createRequire } from "node:module";
import { remembered } from "./remembered.js";

/**
 * What compromise's English lexicon knows about a single word: given names with their gender,
 * role nouns ("singer", "agent"), organisations, places. Only the lexicon is used: running
 * compromise's tagger over an article costs about 0.2 s (450 s for BBC News), while a lookup
 * here is a map read, and the rules around it (a title glued before a name, "she said" to a
 * woman) need only the word.
 */
type Tags = string | readonly string[];

// The lexicon of compromise's one-file CommonJS build (the same words and tags as its ES
// modules): loading it takes about 0.4 s, against 1.2 s for the several hundred ES modules
// under tsx, at every start of a process that reads quotes.
const nlp = createRequire(import.meta.url)("compromise/two") as {
  model(): { one: { lexicon: Record<string, Tags> } };
};
// Each word's tags as one number, one bit a tag the rules below ask about: a lookup is a map
// read and a bit test, with no array made or searched per word (the directory asks about the
// words of tens of thousands of distinct names). A map, not the lexicon object itself:
// "constructor" or "__proto__" looked up on the object found Object's own members, and a word the
// object lacks, as most names are, cost a slow search of its 24,612 keys.
// prettier-ignore
const TAG_NAMES = [
  "MaleName", "FemaleName", "FirstName", "Actor", "Country", "City", "Region", "Place", "Demonym",
  "SportsTeam", "Duration", "Date", "Month", "WeekDay", "Holiday", "Singular", "Noun",
  "Uncountable", "Plural", "LastName", "Person", "ProperNoun", "Organization", "Preposition",
  "Conjunction", "Determiner", "Pronoun", "Adverb", "Adjective", "Gerund",
] as const;
type TagName = (typeof TAG_NAMES)[number];
const BIT = Object.fromEntries(TAG_NAMES.map((t, i) => [t, 1 << i])) as Record<TagName, number>;
/** Set for every word the lexicon has, whatever its tags. */
const KNOWN = 1 << TAG_NAMES.length;
const bitsOfTags = (...tags: readonly TagName[]) => tags.reduce((bits, t) => bits | BIT[t], 0);

const LEXICON: ReadonlyMap<string, number> = new Map(
  Object.entries(nlp.model().one.lexicon).map(([word, tags]) => {
    let bits = KNOWN;
    for (const t of typeof tags === "string" ? [tags] : tags)
      if (Object.hasOwn(BIT, t)) bits |= BIT[t as TagName];
    return [word, bits];
  }),
);

/** The lexicon's tags for a word as written, remembered (the same words are asked about often). */
const tagsOf = remembered(100_000, (word: string): number => LEXICON.get(word.toLowerCase()) ?? 0);

const GIVEN = bitsOfTags("MaleName", "FemaleName", "FirstName");
const PLACE = bitsOfTags("Country", "City", "Region", "Place");
const PLACE_OR_TEAM = PLACE | bitsOfTags("Demonym", "SportsTeam");
const TIME = bitsOfTags("Duration", "Date", "Month", "WeekDay", "Holiday");
const COMMON_NOUN = bitsOfTags("Singular", "Noun", "Uncountable", "Plural");
const PERSONAL = bitsOfTags("LastName", "Actor", "MaleName", "FemaleName");
/** Tags that make a word a name rather than a common word. */
const NAME_TAGS =
  GIVEN | PLACE_OR_TEAM | bitsOfTags("LastName", "Person", "ProperNoun", "Organization");
const FUNCTION_TAGS = bitsOfTags("Preposition", "Conjunction", "Determiner", "Pronoun", "Adverb");

/** The gender a given name usually has ("Mira" → female), or null when unknown or either. */
export function genderOfFirstName(word: string): "male" | "female" | null {
  const tags = tagsOf(word);
  if (tags & BIT.MaleName) return "male";
  if (tags & BIT.FemaleName) return "female";
  return null;
}

/** Whether a word is a given name (of either gender, or "Mark", "Nick"). */
export function isFirstName(word: string): boolean {
  return (tagsOf(word) & GIVEN) !== 0;
}

/** Whether a word names what someone does ("singer", "agent", "backbencher"). */
export function isRoleNoun(word: string): boolean {
  return (tagsOf(word) & BIT.Actor) !== 0;
}

/** Whether a word is a place, a country, a demonym or a sports team ("Irish", "Lions"). */
export function isPlaceOrTeam(word: string): boolean {
  return (tagsOf(word) & PLACE_OR_TEAM) !== 0;
}

/** Whether a word is a place or a country only ("Moscow", "Texas"), not a team or a people. */
export function isPlaceName(word: string): boolean {
  return (tagsOf(word) & PLACE) !== 0;
}

/** Whether a word is a country's name ("Indonesia") and no city's. */
export function isCountryName(word: string): boolean {
  const tags = tagsOf(word);
  return (tags & BIT.Country) !== 0 && (tags & BIT.City) === 0;
}

/** Whether a word is a city's name ("Paris") and no country's. */
export function isCityName(word: string): boolean {
  const tags = tagsOf(word);
  return (tags & BIT.City) !== 0 && (tags & BIT.Country) === 0;
}

/** Whether a word names a time or a stretch of it ("Year", "Christmas", "Monday"). */
export function isTimeWord(word: string): boolean {
  return (tagsOf(word) & TIME) !== 0;
}

/** Whether a word is a common noun and no surname ("act", "bill", "line"; not "Smith", "Cook"). */
export function isCommonNoun(word: string): boolean {
  const tags = tagsOf(word);
  return (tags & COMMON_NOUN) !== 0 && (tags & PERSONAL) === 0;
}

/**
 * Whether a word is a plain adjective ("grand", "royal"), not a comparable one that is also a
 * name ("Frank", "Brown", "Rich" are tagged so).
 */
export function isAdjective(word: string): boolean {
  return (tagsOf(word) & BIT.Adjective) !== 0;
}

/** Whether the lexicon knows a word as an -ing form of a verb ("praising", "finding"). */
export function isGerund(word: string): boolean {
  return (tagsOf(word) & BIT.Gerund) !== 0;
}

/**
 * Whether the lexicon knows a word as a common word only ("instead", "whatever", "combined"),
 * never as a name: such a word opening a sentence is not a name even if it is never written in
 * lower case nearby. Words it does not know ("Kenteris") are not common by this test.
 */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  return (tags & KNOWN) !== 0 && (tags & NAME_TAGS) === 0;
}

/**
 * Whether a word is an adjective of nationality ("Russian", "European", "British"): in "a
 * Russian company" it describes someone, it names no one. The lexicon lacks the "-ish" ones.
 */
export function isDemonym(word: string): boolean {
  return (
    (tagsOf(word) & BIT.Demonym) !== 0 ||
    (word.endsWith("s") && (tagsOf(word.slice(0, -1)) & BIT.Demonym) !== 0) ||
    /^(?:british|english|irish|spanish|scottish|danish|finnish|polish|turkish|swedish|kurdish|flemish)$/iu.test(
      word,
    )
  );
}

/** Whether a word is a function word (a preposition, conjunction, determiner, pronoun or adverb). */
export function isFunctionWord(word: string): boolean {
  return (tagsOf(word) & FUNCTION_TAGS) !== 0;
}

/** Whether the lexicon knows a word as a name: a person's, a place's, a country's, a firm's. */
export function isKnownName(word: string): boolean {
  return (tagsOf(word) & NAME_TAGS) !== 0;
}
