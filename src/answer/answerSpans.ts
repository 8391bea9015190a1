import type { Span } from "../corpus/types.js";
import { MONTH_NAMES } from "../text/months.js";
import { tokenize } from "../text/tokens.js";
import type { QuestionKind } from "./understandQuestion.js";

const MONTH = MONTH_NAMES.join("|");
const WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const NUMBER_WORD =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|thousand|dozens?|hundreds|thousands|millions";
const NUMBER = `(?:\\d(?:[\\d,.]*\\d)?|${NUMBER_WORD})`;
const SCALE = "(?:bn|m|k|billion|million|trillion|thousand)";

const DATE = new RegExp(
  [
    `(?:(?:early|late|mid)[- ])?(?:\\d{1,2}(?:st|nd|rd|th)? )?(?:${MONTH})(?: \\d{1,2}(?:st|nd|rd|th)?\\b)?(?:,? (?:1[5-9]|20)\\d\\d)?`,
    `\\b(?:1[5-9]|20)\\d\\d(?:s)?\\b`,
    `\\b(?:${WEEKDAY})\\b`,
    `\\b(?:last|next|this) (?:week|month|year|season|summer|winter|spring|autumn)\\b`,
    `\\b(?:yesterday|today|tomorrow)\\b`,
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
const COUNT = new RegExp(`\\b${NUMBER}(?:[- ](?:${SCALE}))?(?:[- ]\\p{L}+){0,2}`, "giu");
/** A run of capitalised words, allowing small joining words ("Bank of England"). */
const NAME =
  /\p{Lu}[\p{L}\p{N}’'.&-]*(?:\s+(?:(?:of|de|la|van|von|der|al|and|the)\s+)?\p{Lu}[\p{L}\p{N}’'.&-]*)*/gu;
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

/** A role qualified just before a name: "deputy chief executive Michael Cawley". */
const QUALIFIED_ROLE = /\b(deputy|vice|former|acting|assistant|interim|ex)\b[-\p{L}\s]{0,30}$/iu;

/**
 * Whether the words before a name give it a role the question asks about ("chief executive")
 * but qualified in a way it does not ask ("deputy", "former"): the deputy is no answer to
 * "who is the chief executive".
 */
function qualifiedOtherwise(before: string, asked: ReadonlySet<string>): boolean {
  const match = QUALIFIED_ROLE.exec(before);
  if (match === null || asked.has(match[1]!.toLowerCase())) return false;
  return tokenize(match[0]).some((t) => asked.has(t.word) && t.word !== match[1]!.toLowerCase());
}

/**
 * Where `text` holds an answer of the asked kind that the question does not already contain
 * (`asked`: the question's words as `tokenize` reads them): dates for when, amounts for how much, counts for
 * how many, names for who and which, places for where, reasons for why. Best candidates first.
 * Kinds without a form of their own (`what`, `other`) find nothing.
 */
export function answerSpans(text: string, kind: QuestionKind, asked: ReadonlySet<string>): Span[] {
  // Something the question already says is no answer; for names, neither is a date or pronoun.
  const names = kind === "who" || kind === "which" || kind === "where";
  const fresh = (s: string): boolean =>
    tokenize(s).some((t) => !asked.has(t.word) && !(names && NOT_NAMES.has(t.word)));
  const spans = (pattern: RegExp, keep: (m: RegExpMatchArray) => boolean = () => true): Span[] => {
    const out: Span[] = [];
    for (const m of text.matchAll(pattern)) {
      // A name's pattern takes dots for initials ("J. Smith"): a sentence's full stop is not one.
      const value = m[0].trim().replace(/(?<=\p{Ll}{2})\.$/u, "");
      if (value.length === 0 || !fresh(value) || !keep(m)) continue;
      out.push({ start: m.index, end: m.index + value.length });
    }
    return out;
  };
  switch (kind) {
    case "when":
      return spans(DATE);
    case "how-much": {
      const money = spans(MONEY);
      return money.length > 0 ? money : spans(COUNT, (m) => /\d/u.test(m[0]) && !isYear(m[0]));
    }
    case "how-many":
      return spans(COUNT, (m) => !isYear(m[0]));
    case "who":
    case "which": {
      const names = spans(NAME, (m) => (m.index ?? 0) > 0 || /\s/u.test(m[0]));
      // A sentence naming the deputy of the role asked about names no one for the role itself.
      const otherRole = names.some((n) =>
        qualifiedOtherwise(text.slice(Math.max(0, n.start - 40), n.start), asked),
      );
      return otherRole ? [] : names;
    }
    case "where": {
      const names = spans(NAME, (m) => (m.index ?? 0) > 0 || /\s/u.test(m[0]));
      const cued = names.filter((s) =>
        PLACE_CUE.test(text.slice(Math.max(0, s.start - 12), s.start)),
      );
      return cued.length > 0 ? cued : names;
    }
    case "why":
      return spans(REASON);
    default:
      return [];
  }
}
