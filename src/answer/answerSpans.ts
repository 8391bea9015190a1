import type { Span } from "../corpus/types.js";
import { MONTH_NAMES } from "../text/months.js";
import { isDemonym, isFunctionWord, isKnownName } from "../quotes/nameLexicon.js";
import { STOP_WORDS } from "../text/stopwords.js";
import { termOf, tokenize } from "../text/tokens.js";
import { causes } from "./causeSpans.js";
import { asksForRole, ROLE_WORDS } from "./roleWords.js";
import type { QuestionKind } from "./understandQuestion.js";

const MONTH = MONTH_NAMES.join("|");
const WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const NUMBER_WORD =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|thousand|dozens?|hundreds|thousands|millions";
const NUMBER = `(?:\\d(?:[\\d,.]*\\d)?|${NUMBER_WORD})`;
// The scale ends at a word's end: "20 manufacturing sectors" holds no "20 m".
const SCALE = "(?:(?:bn|m|k|billion|million|trillion|thousand)\\b)";

const DATE = new RegExp(
  [
    `(?:(?:early|late|mid)[- ])?(?:\\d{1,2}(?:st|nd|rd|th)? )?(?:${MONTH})(?: \\d{1,2}(?:st|nd|rd|th)?\\b)?(?:,? (?:1[5-9]|20)\\d\\d)?`,
    `\\b(?:1[5-9]|20)\\d\\d(?:s)?\\b`,
    `\\b(?:${WEEKDAY})\\b`,
    `\\b(?:last|next|this) (?:week|month|year|season|summer|winter|spring|autumn)\\b`,
    `\\b(?:yesterday|today|tomorrow)\\b`,
    // A time of day: "1230 GMT", "12:30", "7pm".
    `\\b\\d{1,2}[:.]?\\d\\d ?(?:GMT|BST|am|pm)\\b|\\b\\d{1,2}:\\d\\d\\b|\\b\\d{1,2} ?(?:am|pm)\\b`,
    `\\b${NUMBER} (?:years?|months?|weeks?|days?) (?:ago|later|earlier)\\b`,
  ].join("|"),
  "gu",
);
const MONEY = new RegExp(
  [
    `[£$€¥]\\s?\\d[\\d,.]*(?:\\s?${SCALE})?\\b`,
    `\\b\\d[\\d,.]*\\s?${SCALE}? (?:euros?|dollars?|pounds?|yen|francs?|rupees?|roubles?)\\b`,
    `\\b\\d[\\d,.]*\\s?(?:%|per ?cent\\b)`,
    `\\b\\d[\\d,.]*\\s?(?:km|miles?|metres?|meters?|kg|tonnes?|mph|seconds?)\\b`,
    `\\b\\d[\\d,.]*\\s?${SCALE}\\b`,
  ].join("|"),
  "giu",
);
// The counted thing may carry digits: "10 A320 aircraft".
const COUNT = new RegExp(
  `\\b${NUMBER}(?:[- ](?:${SCALE}))?(?:[- ]\\p{L}[\\p{L}\\p{N}]*){0,2}`,
  "giu",
);
/** A run of capitalised words, allowing small joining words ("Bank of England", "Tears of the
 * Sun", "Piero della Francesca"); a possessive ends it ("Mel Gibson's The Passion…" is two). */
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{N}.&-]*(?:['’](?!s\\b)\\p{L}[\\p{L}\\p{N}.&-]*)*";
const NAME = new RegExp(
  `${NAME_WORD}(?:\\s+(?:(?:of the|de la|van der|von der|of|de|la|le|du|da|di|della|van|von|der|al|bin|and|the)\\s+)?${NAME_WORD})*`,
  "gu",
);
const NOT_NAMES = new Set([
  ...MONTH_NAMES.map((m) => m.toLowerCase()),
  ...WEEKDAY.toLowerCase().split("|"),
  "i",
  "mr",
  "mrs",
  "ms",
  "dr",
  "he",
  "she",
  "it",
  "they",
  "we",
  "the",
  "but",
  "and",
  "in",
  "a",
  "this",
  "that",
  "there",
  "its",
  "his",
  "her",
]);
const REASON =
  /\b(?:because(?: of)?|due to|as a result of|thanks to|owing to|following|amid|after|in order to|so that|blamed|since|over fears|as)\b[^.;]*/giu;
const PLACE_CUE = /\b(?:in|at|from|near|to|based in|outside)\s+(?:the\s+)?$/iu;

/** Whether a count starts with a year ("2005 in current"): a date, not an amount or count. */
const isYear = (count: string): boolean => /^(?:1[5-9]|20)\d\d$/u.test(count.split(/\s/u)[0] ?? "");

/**
 * Whether the number at `at` belongs to a name ("Metal Slug 3", "Opera 8.0"): it follows a
 * capitalised word that is not the sentence's opening word ("Around 50 commands").
 */
function versionNumber(text: string, at: number, opening: number): boolean {
  const before = /(\p{Lu}[\p{L}\p{N}]*)\s+$/u.exec(text.slice(Math.max(0, at - 30), at));
  if (!before) return false;
  return at - before[0].length > opening && !isFunctionWord(before[1]!);
}

/**
 * A role qualified just before a name, or before it and a comma: "deputy chief executive
 * Michael Cawley", "its former chief executive, Mikhail Khodorkovsky".
 */
const QUALIFIED_ROLE =
  /\b(deputy|vice|former|acting|assistant|interim|ex)\b[-\p{L}\s]{0,30},?\s*$/iu;

/**
 * Whether the words before a name give it a role the question asks about ("chief executive",
 * or a word for it: "boss") but qualified in a way it does not ask ("deputy", "former"): the
 * deputy is no answer to "who is the chief executive" nor to "who is the boss".
 */
function qualifiedOtherwise(before: string, asked: ReadonlySet<string>): boolean {
  const match = QUALIFIED_ROLE.exec(before);
  if (match === null || asked.has(match[1]!.toLowerCase())) return false;
  const role = asksForRole(asked);
  return tokenize(match[0]).some(
    (t) =>
      t.word !== match[1]!.toLowerCase() && (asked.has(t.word) || (role && ROLE_WORDS.has(t.word))),
  );
}

/** A role held of a named body just before a name: "Yukos chief executive Steven Theede". */
const OWNED_ROLE = /(\p{Lu}[\p{L}\p{N}&-]*)(?:['’]s)?\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,3})$/u;

/**
 * Whether the words before a name give it the role the question asks about, but of a body the
 * question does not name: "Yukos chief executive Steven Theede" answers no "who is the chief
 * executive of gazprom".
 */
function heldElsewhere(before: string, asked: ReadonlySet<string>): boolean {
  if (!asksForRole(asked)) return false;
  const match = OWNED_ROLE.exec(before);
  if (match === null) return false;
  const owner = match[1]!;
  if (asked.has(owner.toLowerCase()) || isFunctionWord(owner) || isDemonym(owner)) return false;
  return tokenize(match[2]!).some((t) => ROLE_WORDS.has(t.word));
}

/**
 * A count's trailing words, the counted thing only: up to the first stop word ("councils who"
 * → "councils"), up to a verb form after the noun ("jobs following" → "jobs"; "remaining
 * jobs" keeps both), and no further than the question's own word for the thing (`askedTerms`:
 * "jobs" in "how many jobs").
 */
function trimTail(tail: string, askedTerms: ReadonlySet<string>): string {
  const words = tail.split(/(?=[- ])/u).map((w) => w.slice(1).toLowerCase());
  let end = words.findIndex(
    (w, i) => STOP_WORDS.has(w) || (i > 0 && /^\p{L}{3,}(?:ing|ed)$/u.test(w)),
  );
  if (end < 0) end = words.length;
  const named = words
    .slice(0, end)
    .findLastIndex((w) => w.length > 2 && askedTerms.has(termOf(w) ?? w));
  if (named >= 0) end = named + 1;
  return tail
    .split(/(?=[- ])/u)
    .slice(0, end)
    .join("");
}

/**
 * Whether the number at `at` (running to `end`) is part of a code, not an amount: "737-800",
 * "A320/321", "4-3-3" — joined by a hyphen or slash to a letter or digit on either side.
 */
function inCode(text: string, at: number, end: number): boolean {
  return (
    /[\p{L}\p{N}][-/]$/u.test(text.slice(Math.max(0, at - 2), at)) ||
    /^[-/]\p{N}/u.test(text.slice(end, end + 2))
  );
}

/**
 * Where a range ends by the number `token` at `at` begins ("300" of "300-400"), or null: the
 * number before the hyphen is a plain one, no letter or code beside it, and smaller. A model
 * code as often counts up ("737-800") as down ("747-400"), so the caller takes a range only
 * when the counted thing or a unit follows it.
 */
function rangeStart(text: string, at: number, token: string): number | null {
  const before = /(?<![\p{L}\p{N}/-])(\d[\d,]*)-$/u.exec(text.slice(Math.max(0, at - 12), at));
  const second = /^\d[\d,]*/u.exec(token)?.[0];
  if (!before || !second || /^[-/\p{L}\p{N}]/u.test(text.slice(at + second.length))) return null;
  const number = (s: string): number => Number(s.replaceAll(",", ""));
  return number(before[1]!) < number(second) ? at - before[0].length : null;
}

/**
 * The terms of a question's words and their first two letters, kept per question: candidates
 * ask for them many times.
 */
const askedTermsCache = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
function termsOf(asked: ReadonlySet<string>): ReadonlySet<string> {
  let known = askedTermsCache.get(asked);
  if (!known) {
    const terms = [...asked].map((word) => termOf(word) ?? word);
    known = new Set([...terms, ...terms.map((term) => term.slice(0, 2))]);
    askedTermsCache.set(asked, known);
  }
  return known;
}

/** A place's compound: "Houston-based", "Dublin-born". */
const PLACE_COMPOUND = /-(?:based|born|bred|headquartered)\b/u;

/** A compass word that may open an adjective of nationality ("North American"). */
const COMPASS = /^(?:north|south|east|west|northern|southern|eastern|western|central)$/iu;

/**
 * Whether a run of capitals describes rather than names: an adjective of nationality ("a
 * Russian company", "North American box office"), or a lone function word ("Of course").
 */
function describesOnly(value: string): boolean {
  if (!value.includes(" ")) return isFunctionWord(value) || isDemonym(value);
  const words = value.replace(/^The\s+/u, "").split(" ");
  // Most names have more words than a compass word and a nationality: no lookup needed.
  if (words.length > 2) return false;
  return words.slice(0, -1).every((w) => COMPASS.test(w)) && isDemonym(words.at(-1)!);
}

/** Whether a name is spelled out from a question's abbreviation ("IETF", "Internet Engineering Task Force"). */
function spellsOut(value: string, asked: ReadonlySet<string>): boolean {
  if (!value.includes(" ")) return false;
  const words = value.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length < 2) return false;
  return asked.has(words.map((w) => w[0]!.toLowerCase()).join(""));
}

/**
 * Where `text` holds an answer of the asked kind that the question does not already contain
 * (`asked`: the question's words as `tokenize` reads them): dates for when, amounts for how much, counts for
 * how many, names for who and which, places for where, reasons for why. Best candidates first.
 * Kinds without a form of their own (`what`, `other`) find nothing.
 */
export function answerSpans(text: string, kind: QuestionKind, asked: ReadonlySet<string>): Span[] {
  // Something the question already says, in any form of the word, is no answer; for names,
  // neither is a date or pronoun.
  const names = kind === "who" || kind === "which" || kind === "where";
  const askedTerms = termsOf(asked);
  const fresh = (s: string): boolean =>
    tokenize(s).some(
      (t) =>
        !asked.has(t.word) &&
        !(names && NOT_NAMES.has(t.word)) &&
        // Stemming is the costly step: a word whose first letters start no asked term is new.
        (!askedTerms.has(t.word.slice(0, 2)) || !askedTerms.has(termOf(t.word) ?? t.word)),
    );
  // Where the sentence's first word starts, after any opening quotation mark.
  const opening = text.search(/[\p{L}\p{N}]/u);
  const spans = (pattern: RegExp, keep: (m: RegExpMatchArray) => boolean = () => true): Span[] => {
    const out: Span[] = [];
    for (const m of text.matchAll(pattern)) {
      // A name's pattern takes dots for initials ("J. Smith"): a sentence's full stop is not
      // one; nor is a possessive part of a name ("Labour's").
      let value = m[0].trim().replace(/(?<=\p{Ll}{2})\.$/u, "");
      let start = m.index;
      if (names) {
        value = value.replace(/['’]s?$/u, "");
        // "Houston-based Continental": the place alone.
        const compound = PLACE_COMPOUND.exec(value);
        if (compound) value = value.slice(0, compound.index);
        // "But Roddick", "However Smith": a sentence's opening word is not part of the name.
        const lead = /^(\p{L}+)\s+/u.exec(value);
        if (lead && lead[1] !== "The" && isFunctionWord(lead[1]!)) {
          start += lead[0].length;
          value = value.slice(lead[0].length);
        }
      } else if (kind === "how-many" || kind === "how-much") {
        // "32 councils who", "3 is a": the counted thing ends at a function word.
        value = value.replace(/(?:[- ](?:\p{L}+))+$/u, (tail) => trimTail(tail, askedTerms));
        const token = /^[^\s-]+/u.exec(m[0])?.[0] ?? "";
        const from = rangeStart(text, start, token);
        // "300-400 jobs", "10-15%": a range, the first number joined to the second's.
        if (from !== null && value.length > /^[\d,.]*/u.exec(token)![0].length) {
          value = text.slice(from, start) + value;
          start = from;
        } else if (inCode(text, start, start + token.length)) continue;
      }
      if (value.length === 0 || !fresh(value) || !keep(m)) continue;
      if (names && (describesOnly(value) || spellsOut(value, asked))) continue;
      out.push({ start, end: start + value.length });
    }
    return out;
  };
  // A capitalised word opening the sentence is capitalised for that reason alone, unless it
  // is a name the lexicon knows ("Russia is the first…") or a place's compound ("Houston-based").
  const notOpening = (m: RegExpMatchArray): boolean =>
    (m.index ?? 0) > opening ||
    /\s/u.test(m[0].trim()) ||
    isKnownName(m[0].replace(/['’]s?$/u, "")) ||
    PLACE_COMPOUND.test(m[0]);
  switch (kind) {
    case "when":
      return spans(DATE);
    case "how-much": {
      const money = spans(MONEY);
      return money.length > 0 ? money : spans(COUNT, (m) => /\d/u.test(m[0]) && !isYear(m[0]));
    }
    case "how-many":
      return spans(COUNT, (m) => !isYear(m[0]) && !versionNumber(text, m.index ?? 0, opening));
    case "who":
    case "which": {
      // A sentence naming the deputy of the role asked about names no one for the role itself;
      // a name holding the role at another body is no answer.
      const names = spans(NAME, notOpening);
      const before = (n: Span): string => text.slice(Math.max(0, n.start - 40), n.start);
      if (names.some((n) => qualifiedOtherwise(before(n), asked))) return [];
      return names.filter((n) => !heldElsewhere(before(n), asked));
    }
    case "where": {
      const names = spans(NAME, notOpening);
      const cued = names.filter((s) =>
        PLACE_CUE.test(text.slice(Math.max(0, s.start - 12), s.start)),
      );
      return cued.length > 0 ? cued : names;
    }
    case "why":
      return [...causes(text, fresh), ...spans(REASON)];
    default:
      return [];
  }
}
