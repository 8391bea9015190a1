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
// A map, not the object itself: "constructor" or "__proto__" looked up on the object found
// Object's own members (and the quotes of an article naming a "Constructor" threw), and a word
// the object lacks, as most names are, cost a slow search of its 24,612 keys.
const LEXICON: ReadonlyMap<string, Tags> = new Map(Object.entries(nlp.model().one.lexicon));

const NO_TAGS: readonly string[] = [];

/**
 * The lexicon's tags for a word as written, remembered: the same few thousand names and words
 * are asked about hundreds of thousands of times over a corpus, and each lookup of the lexicon
 * lower-cased the word and, for a word of one tag, made an array.
 */
const tagsOf = remembered(100_000, (word: string): readonly string[] => {
  const tags = LEXICON.get(word.toLowerCase());
  return tags === undefined ? NO_TAGS : typeof tags === "string" ? [tags] : tags;
});

/** The gender a given name usually has ("Mira" → female), or null when unknown or either. */
export function genderOfFirstName(word: string): "male" | "female" | null {
  const tags = tagsOf(word);
  if (tags.includes("MaleName")) return "male";
  if (tags.includes("FemaleName")) return "female";
  return null;
}

/** Whether a word is a given name (of either gender, or "Mark", "Nick"). */
export function isFirstName(word: string): boolean {
  return tagsOf(word).some((t) => t === "MaleName" || t === "FemaleName" || t === "FirstName");
}

/** Whether a word names what someone does ("singer", "agent", "backbencher"). */
export function isRoleNoun(word: string): boolean {
  return tagsOf(word).includes("Actor");
}

/** Whether a word is a place, a country, a demonym or a sports team ("Irish", "Lions"). */
export function isPlaceOrTeam(word: string): boolean {
  return tagsOf(word).some((t) =>
    ["Country", "City", "Region", "Place", "Demonym", "SportsTeam"].includes(t),
  );
}

/** Whether a word is a place or a country only ("Moscow", "Texas"), not a team or a people. */
export function isPlaceName(word: string): boolean {
  return tagsOf(word).some(
    (t) => t === "Country" || t === "City" || t === "Region" || t === "Place",
  );
}

/** Whether a word is a country's name ("Indonesia") and no city's. */
export function isCountryName(word: string): boolean {
  const tags = tagsOf(word);
  return tags.includes("Country") && !tags.includes("City");
}

/** Whether a word is a city's name ("Paris") and no country's. */
export function isCityName(word: string): boolean {
  const tags = tagsOf(word);
  return tags.includes("City") && !tags.includes("Country");
}

/** Whether a word names a time or a stretch of it ("Year", "Christmas", "Monday"). */
export function isTimeWord(word: string): boolean {
  return tagsOf(word).some((t) => ["Duration", "Date", "Month", "WeekDay", "Holiday"].includes(t));
}

/** Whether a word is a common noun and no surname ("act", "bill", "line"; not "Smith", "Cook"). */
export function isCommonNoun(word: string): boolean {
  const tags = tagsOf(word);
  return (
    tags.some((t) => t === "Singular" || t === "Noun" || t === "Uncountable" || t === "Plural") &&
    !tags.some((t) => t === "LastName" || t === "Actor" || t === "MaleName" || t === "FemaleName")
  );
}

/**
 * Whether a word is a plain adjective ("grand", "royal"), not a comparable one that is also a
 * name ("Frank", "Brown", "Rich" are tagged so).
 */
export function isAdjective(word: string): boolean {
  return tagsOf(word).includes("Adjective");
}

/** Whether the lexicon knows a word as an -ing form of a verb ("praising", "finding"). */
export function isGerund(word: string): boolean {
  return tagsOf(word).includes("Gerund");
}

/** Tags that make a word a name rather than a common word. */
const NAME_TAGS = new Set([
  "FirstName",
  "MaleName",
  "FemaleName",
  "LastName",
  "Person",
  "ProperNoun",
  "Country",
  "City",
  "Region",
  "Place",
  "Demonym",
  "SportsTeam",
  "Organization",
]);

/**
 * Whether the lexicon knows a word as a common word only ("instead", "whatever", "combined"),
 * never as a name: such a word opening a sentence is not a name even if it is never written in
 * lower case nearby. Words it does not know ("Kenteris") are not common by this test.
 */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t));
}

/**
 * Whether a word is an adjective of nationality ("Russian", "European", "British"): in "a
 * Russian company" it describes someone, it names no one. The lexicon lacks the "-ish" ones.
 */
export function isDemonym(word: string): boolean {
  return (
    tagsOf(word).includes("Demonym") ||
    (word.endsWith("s") && tagsOf(word.slice(0, -1)).includes("Demonym")) ||
    /^(?:british|english|irish|spanish|scottish|danish|finnish|polish|turkish|swedish|kurdish|flemish)$/iu.test(
      word,
    )
  );
}

/** Whether a word is a function word (a preposition, conjunction, determiner, pronoun or adverb). */
export function isFunctionWord(word: string): boolean {
  return tagsOf(word).some((t) => FUNCTION_TAGS.has(t));
}

const FUNCTION_TAGS: ReadonlySet<string> = new Set([
  "Preposition",
  "Conjunction",
  "Determiner",
  "Pronoun",
  "Adverb",
]);

/** Whether the lexicon knows a word as a name: a person's, a place's, a country's, a firm's. */
export function isKnownName(word: string): boolean {
  return tagsOf(word).some((t) => NAME_TAGS.has(t));
}
