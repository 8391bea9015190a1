/**
 * The patterns an answer of each kind is found by in a sentence: dates, amounts, counts,
 * names and reasons, and the words that are never a name on their own.
 */
import { MONTH_NAMES } from "../text/months.js";

const MONTH = MONTH_NAMES.join("|");
/** A lower-case word after a number that is not one dating words may follow: a counted noun. */
const COUNTED = "(?!(?:to|and|in|on|during|when|until|with|as|after|before|under|the)\\b)\\p{Ll}";
const WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const NUMBER_WORD =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|thousand|dozens?|hundreds|thousands|millions";
const NUMBER = `(?:\\d(?:[\\d,.]*\\d)?|${NUMBER_WORD})`;
// The scale ends at a word's end: "20 manufacturing sectors" holds no "20 m".
const SCALE = "(?:(?:bn|m|k|billion|million|trillion|thousand)\\b)";

/** A date or time: "3 July 2025", "1998", "Monday", "last year", "1230 GMT", "two weeks ago". */
export const DATE = new RegExp(
  [
    `(?:(?:early|late|mid)[- ])?(?:\\d{1,2}(?:st|nd|rd|th)? )?(?:${MONTH})(?: \\d{1,2}(?:st|nd|rd|th)?\\b)?(?:,? (?:1[5-9]|20)\\d\\d)?`,
    `\\b(?:1[5-9]|20)\\d\\d(?:s)?\\b`,
    // Older years and eras, which history and encyclopaedic text date by: "in 1237" (a year
    // before 1500 only after a word that dates, so "1200 jobs" stays a count), "the 19th
    // century", "6th century BC", "~11,600 BP" (not the oil firm: "10 BP"), "AD 843". A range
    // ending in a counted noun is a count too: "between 1000 and 1400 jobs".
    `(?<=\\b(?:[Ii]n|[Bb]y|[Ff]rom|[Ss]ince|[Uu]ntil|[Bb]etween|[Cc]irca|[Aa]round) |\\()1[0-4]\\d\\d\\b(?!\\s?%|(?:\\s(?:to|and)\\s|-)\\d[\\d,]*\\s${COUNTED}|\\s${COUNTED})`,
    `\\b(?:(?:early|late|mid)[- ])?\\d{1,2}(?:st|nd|rd|th)[- ](?:century|centuries|millennium)(?: (?:BC|BCE|AD|CE))?\\b`,
    `\\b(?:first|second|third) millennium(?: (?:BC|BCE|AD|CE))?\\b`,
    `\\b\\d[\\d,]* ?(?:BC|BCE)\\b|\\b\\d{1,3}(?:,\\d{3})+ BP\\b|\\bAD \\d{1,4}\\b|\\b\\d{1,4} AD\\b`,
    `\\b(?:${WEEKDAY})\\b`,
    `\\b(?:last|next|this) (?:week|month|year|season|summer|winter|spring|autumn)\\b`,
    `\\b(?:yesterday|today|tomorrow)\\b`,
    // A time of day: "1230 GMT", "12:30", "7pm".
    `\\b\\d{1,2}[:.]?\\d\\d ?(?:GMT|BST|am|pm)\\b|\\b\\d{1,2}:\\d\\d\\b|\\b\\d{1,2} ?(?:am|pm)\\b`,
    `\\b${NUMBER} (?:years?|months?|weeks?|days?) (?:ago|later|earlier)\\b`,
  ].join("|"),
  "gu",
);
/** Words of a currency. */
export const CURRENCY = "euros?|dollars?|pounds?|yen|francs?|rupees?|roubles?";
/** An amount that is money: a currency sign or word ("$20m", "68m euros"). */
export const IS_MONEY = new RegExp(`[£$€¥]|\\b(?:${CURRENCY})\\b`, "iu");
/** An amount that is a share: "53%", "4 per cent". */
export const IS_PERCENT = /%|per ?cent/iu;

/** An amount: money, a percentage, a measure with its unit, a number with its scale. */
export const MONEY = new RegExp(
  [
    `[£$€¥]\\s?\\d[\\d,.]*(?:\\s?${SCALE})?\\b`,
    `\\b\\d[\\d,.]*\\s?${SCALE}? (?:${CURRENCY})\\b`,
    `\\b\\d[\\d,.]*\\s?(?:%|per ?cent\\b)`,
    `\\b\\d[\\d,.]*\\s?(?:km|miles?|metres?|meters?|kg|tonnes?|mph|seconds?)\\b`,
    `\\b\\d[\\d,.]*\\s?${SCALE}\\b`,
  ].join("|"),
  "giu",
);
/** A count and the counted thing; the thing may carry digits: "10 A320 aircraft". */
export const COUNT = new RegExp(
  `\\b${NUMBER}(?:[- ]?(?:${SCALE}))?(?:[- ]\\p{L}[\\p{L}\\p{N}]*){0,2}`,
  "giu",
);
/** A run of capitalised words, allowing small joining words ("Bank of England", "Tears of the
 * Sun", "Piero della Francesca"); a possessive ends it ("Mel Gibson's The Passion…" is two). */
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{N}.&-]*(?:['’](?!s\\b)\\p{L}[\\p{L}\\p{N}.&-]*)*";
export const NAME = new RegExp(
  `${NAME_WORD}(?:\\s+(?:(?:of the|de la|van der|von der|of|de|la|le|du|da|di|della|van|von|der|al|bin|and|the)\\s+)?${NAME_WORD})*`,
  "gu",
);
/** Capitalised words that are no name on their own: months, weekdays, pronouns, openers. */
export const NOT_NAMES = new Set([
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
/**
 * A reason clause, from its marker ("because", "due to", "after") to the clause's end: a full
 * stop, a semicolon or a dash ("- as the bank sought to cool the market - but have…").
 */
export const REASON =
  /\b(?:because(?: of)?|due to|as a result of|thanks to|owing to|following|amid|after|in order to|so that|blamed|since|over fears|as)\b(?:[^.;–—-]|(?<=\S)-(?=\S))*/giu;
/** The words before a place: "in", "at", "based in". */
export const PLACE_CUE = /\b(?:in|at|from|near|to|based in|outside)\s+(?:the\s+)?$/iu;
