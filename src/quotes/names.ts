import {
  DEMONYMS,
  HONORIFICS,
  NOT_NAME_WORDS,
  ORGANISATION_WORDS,
  PLACE_WORDS,
  TITLE_NOUNS,
} from "./lexicon.js";
import {
  isAdjective,
  isCommonNoun,
  isCommonWord,
  isFirstName,
  isGerund,
  isPlaceOrTeam,
} from "./nameLexicon.js";
import type { SpeakerKind } from "./types.js";

// A capitalised word: "Putin", "Russia’s", "U.S.", "Sen.", "al-Assad", "O'Neill", "J.".
// A full stop may end a word only in an abbreviation or initials, so names never run across sentences.
const CAP = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Prof|Rev|St|Jr|Sr|Ft|Mt)\.|(?:\p{Lu}\.)+(?![\p{L}])|\p{Lu}[\p{L}\p{M}’'\-]*(?![.\p{L}\p{M}’'\-]\S)(?<![’']))`;
// Lower-case words allowed inside a name: "Ministry of Foreign Affairs", "Osama bin Laden".
const JOIN = String.raw`(?:of|for|the|on|de|da|del|der|van|von|bin|al|la|le|du|dos|ibn|el)`;

/** A run of capitalised words, possibly joined by `of`, `for`, particles; source of a RegExp. */
export const NAME_SOURCE = String.raw`${CAP}(?:\s+(?:${JOIN}\s+)*${CAP})*`;

const TRAILING_NAME = new RegExp(String.raw`(?:^|[^\p{L}\p{M}’'.\-])(${NAME_SOURCE})\s*$`, "u");
const LEADING_NAME = new RegExp(String.raw`^\s*(${NAME_SOURCE})`, "u");

/** Lower-cases and maps curly apostrophes to straight ones, for comparing words. */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  // Most words have no curly apostrophe: a search is cheaper than a replace that finds nothing.
  return lower.includes("’") || lower.includes("‘") ? lower.replace(/[’‘]/g, "'") : lower;
}

/** The words of a name, split at white space. */
export function nameWords(name: string): readonly string[] {
  // Called for every name run of a corpus, many times each, mostly before V8 has optimised the
  // code that calls it: the built-in split does the scanning natively, where a loop over the
  // characters ran in the unoptimised tiers at the directory's cold start.
  const words = name.split(SPACES);
  if (words[0] === "") words.shift();
  if (words[words.length - 1] === "") words.pop();
  return words;
}

const SPACES = /\s+/u;

/** Removes a possessive ending ("Ghani’s" → "Ghani") and trailing punctuation other than abbreviations. */
export function stripPossessive(name: string): string {
  // Most names end in neither: the last letter tells without a pattern.
  const last = name[name.length - 1];
  if (last !== "s" && last !== "’" && last !== "'") return name;
  return name.replace(/[’']s$/u, "").replace(/[’']$/u, "");
}

/**
 * Whether `word` is a verb's -ing form opening a sentence before a name rather than part of it:
 * before a courtesy title or honour ("Describing Mr Jackson", "Interrupting Mr Sukul"), or a
 * compound ("Coffee-loving Curry"). Given names stay ("Irving", "Erling").
 */
function participleBefore(word: string, next: string): boolean {
  if (!/^\p{Lu}[\p{L}-]{2,}ing$/u.test(word) || isFirstName(word)) return false;
  return word.includes("-") || isTitleOrHonour(next);
}

/** Drops capitalised sentence-openers that are not part of the name ("However Smith" → "Smith"). */
export function dropOpeners(words: readonly string[]): string[] {
  let i = 0;
  while (
    i < words.length - 1 &&
    (NOT_NAME_WORDS.has(fold(words[i] ?? "").replace(/\.$/, "")) ||
      participleBefore(words[i] ?? "", words[i + 1] ?? ""))
  )
    i++;
  // Joining words cannot start or end a name.
  let end = words.length;
  while (end > i && /^[a-z]/.test(words[end - 1] ?? "")) end--;
  while (i < end && /^[a-z]/.test(words[i] ?? "")) i++;
  return words.slice(i, end);
}

/** The run of capitalised words that ends `text` (after trailing spaces), with its start offset. */
export function trailingName(text: string): { name: string; start: number } | null {
  const m = TRAILING_NAME.exec(text);
  const raw = m?.[1];
  if (!m || !raw) return null;
  const words = dropOpeners(nameWords(raw));
  if (words.length === 0) return null;
  const name = words.join(" ");
  const start = text.lastIndexOf(words[0] ?? "", m.index + m[0].length);
  return { name, start: start < 0 ? m.index : start };
}

/** The run of capitalised words that starts `text` (after leading spaces), with its start offset. */
export function leadingName(text: string): { name: string; start: number } | null {
  const m = LEADING_NAME.exec(text);
  const raw = m?.[1];
  if (!raw) return null;
  const words = dropOpeners(nameWords(raw));
  if (words.length === 0) return null;
  const name = words.join(" ");
  return { name, start: text.indexOf(words[0] ?? "") };
}

/**
 * Splits a title off a name: "Russian President Vladimir Putin" → role "Russian President",
 * name "Vladimir Putin". Honorifics stay with the name ("Ms. White"). When the words are all
 * title ("Afghanistan’s Acting Foreign Minister") the name is empty.
 */
export function splitTitle(words: readonly string[]): { role: string | null; name: string } {
  let last = -1;
  words.forEach((w, i) => {
    if (isTitleNoun(w)) last = i;
  });
  // An organisation name may contain a title word ("Office of the President"): keep it whole.
  if (last >= 0 && words.slice(last + 1).some((w) => /^[a-z]/.test(w))) last = -1;
  // A capitalised role glued before a name at a sentence start: "Singer Bruce Springsteen",
  // "Agent Brian Hassell" — a word that is no given name, then one that is.
  if (
    last < 0 &&
    words.length >= 3 &&
    !isFirstName(words[0] ?? "") &&
    !isHonorific(words[0] ?? "") &&
    !/^(?:Sir|Lord|Lady|Dame)$/u.test(words[0] ?? "") &&
    isFirstName(words[1] ?? "")
  )
    last = 0;
  const roleWords = words.slice(0, last + 1);
  const nameWordsLeft = words.slice(last + 1);
  return { role: roleWords.length > 0 ? roleWords.join(" ") : null, name: nameWordsLeft.join(" ") };
}

/** Whether a word names an office, hyphenated ones too ("Director-General", "co-chairman"). */
function isTitleNoun(word: string): boolean {
  const w = fold(stripPossessive(word));
  return (
    TITLE_NOUNS.has(w) || (w.includes("-") && TITLE_NOUNS.has(w.slice(w.lastIndexOf("-") + 1)))
  );
}

// Honours written before a given name ("Sir Digby", "Dame Judi"); "Lord" and "Lady" come before
// a surname or a peerage instead ("Lord Falconer").
const GIVEN_NAME_HONOURS = /^(?:sir|dame)$/u;

/**
 * The given name of a person's name, after any courtesy title or honour ("Sir Digby Jones" →
 * "Digby"), folded; "" when the name has no word left.
 */
export function givenName(name: string): string {
  const words = nameWords(name).map(fold);
  const first = words.findIndex((w) => !isHonorific(w) && !GIVEN_NAME_HONOURS.test(w));
  return first < 0 ? "" : (words[first] ?? "");
}

/**
 * Whether a name is an honour and a given name only ("Sir Digby"): the short form of a full
 * name given elsewhere, never a full name itself.
 */
export function isHonourAndGivenName(name: string): boolean {
  const words = nameWords(name);
  return words.length === 2 && GIVEN_NAME_HONOURS.test(fold(words[0] ?? ""));
}

/** Whether a word (any case) is a courtesy title such as "Mr." or "Ms.". */
export function isHonorific(word: string): boolean {
  return HONORIFICS.has(fold(word));
}

/** Whether a word (any case) is a courtesy title or an honour before a name ("Mr", "Sir", "Lady"). */
function isTitleOrHonour(word: string): boolean {
  return isHonorific(word) || /^(?:sir|lord|lady|dame)\.?$/u.test(fold(word));
}

// The organisation words, and those ending in a full stop also without it ("co." as "co"): a
// word is looked up once, with no second form made per word.
const ORGANISATION_STEMS: ReadonlySet<string> = new Set([
  ...ORGANISATION_WORDS,
  ...[...ORGANISATION_WORDS].filter((w) => w.endsWith(".")).map((w) => w.slice(0, -1)),
]);

/** Whether a word is an organisation word, or one written with a full stop after it. */
function isOrganisationWord(word: string): boolean {
  return ORGANISATION_STEMS.has(word);
}

/** Whether a name contains a word that only organisations have ("Ministry", "Reuters"). */
export function hasOrganisationWord(name: string): boolean {
  return nameWords(name).some((w) => {
    const f = fold(stripPossessive(w)).replace(/\.$/, "");
    return isOrganisationWord(f);
  });
}

/**
 * Whether a capitalised run is a thing rather than a person: no given name first and a common
 * noun last ("Consumer Credit Bill", "Children Act", "World Cup"), or a place last ("Former
 * Southampton"); with no given name, a verb's -ing form first ("Praising Celtic", "Finding
 * Nemo") or a plain adjective first and a common word last, as events and titles are ("Grand
 * Slam"; not "Big Boi", "Standard Chartered", "Liberal Democrat Sarah Teather").
 * "Sir Digby", "Gordon Brown" and "Stelios Haji-Ioannou" stay people.
 */
function namesAThing(words: readonly string[]): boolean {
  const first = words[0] ?? "";
  const last = words[words.length - 1] ?? "";
  if (isFirstName(first) || isTitleOrHonour(first)) return false;
  if (words.length > 1 && (isGerund(first) || (isAdjective(first) && isCommonWord(last))))
    return !words.some(isFirstName);
  return isCommonNoun(last) || (words.length > 1 && isPlaceOrTeam(last));
}

// Organisation words that are also surnames.
const SURNAME_LIKE: ReadonlySet<string> = new Set(["fox", "court", "house", "post", "church"]);

/**
 * Person, organisation or unknown, from the words of a name without its title. `titled`: the
 * name was written after a courtesy title ("Dr Fox", "Mr Court"), which only people have.
 */
export function classifyName(name: string, titled = false): SpeakerKind {
  const words = nameWords(name).map((w) => fold(stripPossessive(w)).replace(/\.$/, ""));
  if (words.length === 0) return "unknown";
  // A given name or a courtesy title and one word that is also a body's ("Liam Fox", "Dr Fox",
  // "Margaret Court") is a person.
  const personal =
    (words.length === 2 && SURNAME_LIKE.has(words[1] ?? "") && isFirstName(words[0] ?? "")) ||
    (titled && words.length === 1 && SURNAME_LIKE.has(words[0] ?? ""));
  if (!personal && words.some(isOrganisationWord)) return "organisation";
  // A country speaking ("Russia said") is a body, not a person.
  if (words.every((w) => PLACE_WORDS.has(w) || DEMONYMS.has(w))) return "organisation";
  if (words.some((w) => NOT_NAME_WORDS.has(w) || PLACE_WORDS.has(w))) return "unknown";
  // "Mr Court" is no court, though "Court" alone may be.
  if (!titled && namesAThing(words)) return "unknown";
  return "person";
}

/** The family name of a person: the last word, without a generational suffix. */
export function surname(name: string): string {
  const words = nameWords(name).filter(
    (w) => !/^(?:jr\.?|sr\.?|ii|iii|iv)$/i.test(w.replace(/,$/, "")),
  );
  return stripPossessive(words[words.length - 1] ?? name);
}
