import type { Span } from "../corpus/types.js";
import { isFunctionWord, isKnownName } from "../quotes/nameLexicon.js";
import { termOf, tokenize } from "../text/tokens.js";
import { inCode, isAmount, isYear, rangeStart, trimTail, versionNumber } from "./amountChecks.js";
import { causes } from "./causeSpans.js";
import {
  describesOnly,
  heldElsewhere,
  PLACE_COMPOUND,
  qualifiedOtherwise,
  qualifiesNoun,
  spellsOut,
} from "./nameChecks.js";
import { FIXTURE, titleSpans } from "./titleSpans.js";
import { isPlaceSpan } from "./placeSpans.js";
import { siteSpans } from "./siteSpans.js";
import { nounsOf } from "./wantedAnswer.js";
import { COUNT, DATE, MONEY, NAME, NOT_NAMES, PLACE_CUE, REASON } from "./spanPatterns.js";
import type { QuestionKind } from "./understandQuestion.js";

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

/** "one-stop", "one last go": "one" without a scale is a word of many uses, seldom a count. */
const LONE_ONE = /^one\b(?![- ](?:million|billion|thousand|hundred)\b)/iu;

/** The nouns of a place a question may ask for, singular and plural ("countries"). */
const PLACE_NOUNS: ReadonlySet<string> = new Set(
  nounsOf("place").flatMap((n) => [n, n.endsWith("y") ? `${n.slice(0, -1)}ies` : `${n}s`]),
);

/** "the 12th annual festival": an ordinal says which, not how many. */
const ORDINAL = /^\d+(?:st|nd|rd|th)\b/u;

/** "MEPs", "MPs": the plural of an abbreviation is a sort of people, not a name. */
const ACRONYM_PLURAL = /^\p{Lu}{2,}s$/u;

/**
 * A past verb after a sentence's opening word: "Citadel pulled Stern's show". Not a verb of
 * saying ("Ceplak added:"): a quote's speaker is no answer the opening word did not give before.
 */
const PAST_VERB =
  /^\s+(?!(?:added|claimed|stated|insisted|warned|explained|admitted|revealed|replied|noted|argued|reported|announced)\b)(?:\p{Ll}{2,}ed|won|beat|bought|sold|took|made|left|became)\b/u;

/**
 * Whether a sentence's opening word is the doer of a past verb, and so a name of its own
 * ("Citadel pulled…"), not a word capitalised for opening: a plural ("Shares fell",
 * "Analysts said"), an adverb ("Recently sold") and a function word are not.
 */
function doesSomething(
  text: string,
  m: RegExpMatchArray,
  writtenAsName: (word: string) => boolean,
): boolean {
  const word = m[0].trim();
  if (/(?:s|ly)$/u.test(word) || isFunctionWord(word) || !writtenAsName(word)) return false;
  return PAST_VERB.test(text.slice((m.index ?? 0) + m[0].length));
}

/**
 * Where `text` holds an answer of the asked kind that the question does not already contain
 * (`asked`: the question's words as `tokenize` reads them): dates for when, amounts for how much, counts for
 * how many, names for who and which, places for where, reasons for why. Best candidates first.
 * Kinds without a form of their own (`what`, `other`) find nothing. `writtenAsName`: whether
 * the corpus mostly writes a word capitalised ("Citadel" yes, "Inflation" no), which a
 * sentence's opening word must be to be taken for the doer's name.
 */
export function answerSpans(
  text: string,
  kind: QuestionKind,
  asked: ReadonlySet<string>,
  writtenAsName: (word: string) => boolean = () => true,
): Span[] {
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
      if (names && (describesOnly(value) || spellsOut(value, asked) || ACRONYM_PLURAL.test(value)))
        continue;
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
    PLACE_COMPOUND.test(m[0]) ||
    doesSomething(text, m, writtenAsName);
  switch (kind) {
    case "when":
      // "this year's awards": a date that qualifies a noun says which, not when.
      return spans(DATE).filter((d) => !/^['’]s\b/u.test(text.slice(d.end, d.end + 3)));
    case "how-much": {
      const money = spans(MONEY);
      return money.length > 0 ? money : spans(COUNT, (m) => /\d/u.test(m[0]) && !isYear(m[0]));
    }
    case "how-many":
      return spans(
        COUNT,
        (m) =>
          !isYear(m[0]) &&
          !LONE_ONE.test(m[0]) &&
          !ORDINAL.test(text.slice(m.index ?? 0)) &&
          !versionNumber(text, m.index ?? 0, opening) &&
          !isAmount(text, m.index ?? 0, m[0]),
      );
    case "who":
    case "which": {
      // A sentence naming the deputy of the role asked about names no one for the role itself;
      // a name holding the role at another body is no answer.
      const found = spans(NAME, notOpening);
      const before = (n: Span): string => text.slice(Math.max(0, n.start - 40), n.start);
      if (found.some((n) => qualifiedOtherwise(before(n), asked))) return [];
      const whole = kind === "which" ? titleSpans(text, found) : found;
      // A fixture ("the Wales v England match") is what a "which game" asks for.
      return whole.filter(
        (n) =>
          !heldElsewhere(before(n), asked) &&
          (FIXTURE.test(text.slice(n.start, n.end)) || !qualifiesNoun(text, n)),
      );
    }
    case "where": {
      // "which countries were hit": only a place answers; "the Paris Club" or "Tony Blair" in
      // a sentence about tsunami-hit countries names none of them. A bare "where" keeps any
      // name (measured: "where was the auction" loses its answer otherwise).
      const strict = [...asked].some((w) => PLACE_NOUNS.has(w));
      const places = spans(NAME, notOpening).filter(
        (n) => !qualifiesNoun(text, n) && (!strict || isPlaceSpan(text, n)),
      );
      const cued = places.filter((s) =>
        PLACE_CUE.test(text.slice(Math.max(0, s.start - 12), s.start)),
      );
      if (cued.length > 0 || strict) return cued.length > 0 ? cued : places;
      // "at a Hindu temple": a sentence naming no new place may name the site.
      return [...places, ...siteSpans(text).filter((s) => fresh(text.slice(s.start, s.end)))];
    }
    case "why":
      return [...causes(text, fresh), ...spans(REASON)];
    default:
      return [];
  }
}
