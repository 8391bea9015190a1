import { isCommonWord } from "../quotes/nameLexicon.js";
import { MONTH_NAMES } from "../text/months.js";
import { familyOf, termOf, terms } from "../text/tokens.js";

/**
 * Words that name a time rather than a happening (on one date every report shares them: "the
 * last quarter of 2004"), numbers written as words, titles and reporting verbs: they never
 * count as evidence that two reports tell the same event, and titles are not names.
 */
const TIME_WORDS = new Set(
  [
    ...MONTH_NAMES,
    ...["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    ...["year", "month", "week", "day", "today", "yesterday", "tomorrow", "decade", "century"],
    ...["quarter", "period", "weekend", "morning", "afternoon", "evening", "night", "season"],
    ...["spring", "summer", "autumn", "winter", "end", "beginning", "middle"],
    ...["last", "next", "previous", "early", "earlier", "late", "later", "ago", "recent"],
    // Numbers as words, like numbers in digits: "three months" and "three years" are no match.
    ...["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"],
    ...["twelve", "twenty", "hundred", "thousand", "million", "billion", "trillion"],
    // Titles: "Mr" is named in every other political report; the name that follows is the actor.
    ...["mr", "mrs", "ms", "dr", "sir", "lord", "lady", "prof", "professor"],
    // Reporting verbs: every report says "said"; they tell nothing of what happened.
    ...["say", "said", "says", "tell", "told", "add", "added", "report", "reported"],
  ].flatMap((w) => {
    const term = termOf(w.toLowerCase());
    return term === null ? [] : [familyOf(term)];
  }),
);

/**
 * The content-word families of a text, without numbers or time words, each once: what two
 * reports of one event are compared on. Families ("recogn" for recognised and recognition) come
 * from the shared text module, so the timeline and the search agree on what a word is.
 */
export function eventTerms(...texts: readonly string[]): string[] {
  return [...termFamilies(texts.flatMap((text) => terms(text)))].filter((f) => !TIME_WORDS.has(f));
}

/** The families of terms already computed, numbers left out (time words kept: a topic may be "May"). */
export function termFamilies(found: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const term of found) if (!/^\p{N}+$/u.test(term)) out.add(familyOf(term));
  return out;
}

/** A capitalised word after another word or a comma: a name, not a sentence's first word. */
const NAME = /(?<=[\p{L}\p{N},;:'’”)]\s+)\p{Lu}[\p{L}’'-]*/gu;
/** The first word of a text, capitalised. */
const OPENING = /^[\s…"“‘']*(\p{Lu}[\p{L}’'-]*)/u;

/**
 * The families of the names in a text, in order: capitalised words inside it, and its opening
 * word when the article (`articleNames`, see {@link namesIn}) also writes it capitalised inside
 * a sentence ("Lufthansa posted…", not "Pre-tax profit…"). Months and weekdays are left out.
 * Two reports of one happening name the same actors; two events that only share a date seldom
 * do. The first name is usually the report's subject.
 */
export function eventNames(text: string, articleNames: ReadonlySet<string> = new Set()): string[] {
  const out = new Set<string>();
  const opening = OPENING.exec(text)?.[1];
  const words = [...text.matchAll(NAME)].map((m) => m[0]);
  if (opening && articleNames.has(opening.toLowerCase())) words.unshift(opening);
  for (const word of words) for (const f of eventTerms(word)) out.add(f);
  return [...out];
}

/** Any word, capitalised or not. */
const WORD = /\p{L}[\p{L}’'-]*/gu;

/**
 * The words `text` writes as names, lower-cased: capitalised inside a sentence, or capitalised
 * and never in lower case and not a common word the lexicon knows (an article may name
 * "Kenteris" only at the start of sentences; it writes "rates" in lower case somewhere when
 * "Rates" opens one; "Instead" is an adverb however it is written).
 */
export function namesIn(text: string): Set<string> {
  const names = new Set([...text.matchAll(NAME)].map((m) => m[0].toLowerCase()));
  const lower = new Set<string>();
  const capitalised = new Set<string>();
  for (const [word] of text.matchAll(WORD)) {
    if (/^\p{Lu}/u.test(word)) capitalised.add(word.toLowerCase());
    else lower.add(word);
  }
  for (const word of capitalised) if (!lower.has(word) && !isCommonWord(word)) names.add(word);
  return names;
}
