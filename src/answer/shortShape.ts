/**
 * What an answer span's form says of it as an answer of the asked kind, for the short answer:
 * a person for who, a place after "in" for where, the sort of name "which X" asks for, a
 * count of the asked thing for how many, money (or the measure asked) for how much, no time
 * clause for why.
 */
import type { Span } from "../corpus/types.js";
import { MONTH_NAMES } from "../text/months.js";
import { isCityName, isCountryName, isPlaceName } from "../quotes/nameLexicon.js";
import { isPlaceSpan, NOT_PERSON } from "./placeSpans.js";
import { FIXTURE } from "./titleSpans.js";
import { termOf, tokenize } from "../text/tokens.js";
import { movementAsked, movesAsked } from "./movesAsked.js";
import { asksForRole } from "./roleWords.js";
import { clauseAt } from "./splitClauses.js";
import { ASKS_DISTANCE, ASKS_PERCENT, DISTANCE_UNIT } from "./measureWords.js";
import { IS_MONEY, IS_PERCENT, PLACE_CUE } from "./spanPatterns.js";
import type { UnderstoodQuestion } from "./understandQuestion.js";
import type { AnswerType } from "./wantedAnswer.js";
import { asksName } from "./whatSpans.js";
import { qualifiesWithDate } from "./datedNoun.js";

/** A person's name: two to four capitalised words, an initial allowed. */
const PERSON =
  /^(?:(?:Mr|Mrs|Ms|Dr|Sir)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3}$/u;
/** "Of the 20 sectors surveyed, 13 grew": the number after "of the" is the whole, not the count. */
const WHOLE_BEFORE = /\bof the\s+$/iu;
/**
 * A reason clause that more often says when or how than why: "after quitting the show",
 * "since 2001", "since August", "as cheap as", "as captain".
 */
const LOOSE_REASON = new RegExp(
  String.raw`^(?:as\b(?! a result)|(?:after|following|since)\s+(?:(?:nearly|almost|about|around|more than|over|just)\s+)?(?:\p{L}+ing\b|\d|the (?:end|start|beginning)\b|(?:${MONTH_NAMES.join("|")})\b|(?:\p{L}+\s+){0,2}(?:weeks?|months?|years?|days?|decades?|seasons?|hours?|minutes?)\b))`,
  "iu",
);

/**
 * "as the bank sought to cool the housing market", "as soaring house prices sparked inflation
 * fears": "as" opening a clause with a verb of its own gives a reason, where "as captain" or
 * "as well as" does not.
 */
const AS_CLAUSE =
  /^as\s+(?!(?:well|part|long|soon|much|many|far|if|though|such|of|to|for|in|with|at|on)\b)(?:[\p{L}'’-]+\s+){1,5}?(?:\p{L}+ed|sought|saw|was|were|had|grew|rose|fell|made|took|began|became|left|lost|won|kept|hit|cut|is|are|has|have)\b/iu;

/**
 * What the form of `span` in `sentence` says of it as a `kind` answer: `shared` is how many
 * of its words the question holds, `others` the sentence's other answers, `clauses` the
 * sentence's clauses (`splitClauses`, split once for all its spans; a how-much answer's shape
 * alone reads them).
 */
export function shortShape(
  understood: UnderstoodQuestion,
  sentence: string,
  span: Span,
  shared: number,
  others: readonly Span[],
  clauses: readonly Span[],
): number {
  const question = understood.text;
  const value = sentence.slice(span.start, span.end);
  const before = sentence.slice(Math.max(0, span.start - 14), span.start);
  const person = PERSON.test(value) && !NOT_PERSON.test(value);
  const placed = PLACE_CUE.test(before);
  switch (understood.kind) {
    case "who":
      // The holder of a role ("who is the chief executive of gazprom", "who is the deloitte
      // economist") is a person, never the firm the sentence names beside the role.
      if (!person && (asksForRole(understood.asked) || understood.wants.type === "person"))
        return -Infinity;
      // "at auction in Moscow": a place after "in" is where, not who.
      return -shared + (person ? 0.5 : 0) - (placed ? (isPlaceName(value) ? 1 : 0.5) : 0);
    case "where":
      return -shared + placeFit(question, sentence, span);
    case "which": {
      const type = understood.wants.type;
      if (type === "place") return -shared + placeFit(question, sentence, span);
      // "which minister denied…": a person answers, never the party named beside them.
      if (type === "person" && !person && !understood.wants.many) return -Infinity;
      // "at the Wales v England match": a fixture after "at" is no place.
      const place = !FIXTURE.test(value) && (placed || isPlaceName(value));
      return -shared + typeFit(type, person, place);
    }
    case "when":
      // "the 2002 movie", "a 1950s hit musical": the date says which, not when. Such a date
      // still marks the sentence as holding one (the choice weighs it); it is not shown.
      return qualifiesWithDate(sentence, span) ? -Infinity : -shared;
    case "why":
      // A fragment that says when or how is shown as no reason at all; nor is the reason for
      // something the question does not ask about ("shares tumbled after…" for "why did it lose").
      if (LOOSE_REASON.test(value) && !AS_CLAUSE.test(value)) return -Infinity;
      return reasonOfAsked(understood, sentence.slice(0, span.start), value) ? -shared : -Infinity;
    case "how-many": {
      // "12,575 net cafes": the count of the thing asked about; a percentage is no count.
      const figure = /\d/u.test(value) ? 0.3 : 0;
      const percent = IS_PERCENT.test(value) ? -1 : 0;
      const whole = WHOLE_BEFORE.test(before) ? -0.6 : 0;
      return (shared > 0 ? 1 : 0) + figure + percent + whole;
    }
    case "how-much": {
      // "how much did the shares rise": an amount whose clause does not move that way ("sold
      // 19.6 million shares", "fell $12.33") is another figure of the story.
      const way = movementAsked(question);
      const clause = clauseAt(clauses, span.start);
      if (way && !movesAsked(way, sentence.slice(clause.start, clause.end))) return -Infinity;
      return (/\d/u.test(value) ? 0.3 : 0) + unitFit(value, question, others, sentence);
    }
    case "what":
      // "what was the customs operation called": "Operation Buccaneer" names the operation.
      return asksName(question) && shared > 0 ? NAMES_ASKED : 0;
    default:
      return 0;
  }
}

/** What a name holding the noun of a "what is it called" question gains. */
const NAMES_ASKED = 0.6;

/** A question asking for cities or towns, and one asking for countries. */
const ASKS_CITY = /\b(?:city|cities|towns?)\b/iu;
const ASKS_COUNTRY = /\b(?:countr(?:y|ies)|nations?)\b/iu;

/**
 * How well the name at `span` fits as a place ({@link isPlaceSpan}): a country answers no
 * "which cities", a city no "which countries".
 */
function placeFit(question: string, sentence: string, span: Span): number {
  const words = sentence.slice(span.start, span.end).split(/\s+/u);
  if (ASKS_CITY.test(question) && words.some(isCountryName)) return -Infinity;
  if (ASKS_COUNTRY.test(question) && words.some(isCityName)) return -Infinity;
  return isPlaceSpan(sentence, span) ? 0.3 : -Infinity;
}

/** What opens a reason clause; a cause found otherwise ("X meant…") opens with none. */
const REASON_OPENING =
  /^(?:because|due to|as a result|thanks to|owing to|following|amid|after|in order|so that|since|over fears|as)\b/iu;

/**
 * Whether a reason clause (`value`) gives the reason for what the question asks about: the
 * sentence before it (`before`) says the question's predicate ("lose" for "why did dortmund
 * lose"); a question without one ("why?") takes any.
 */
function reasonOfAsked(understood: UnderstoodQuestion, before: string, value: string): boolean {
  if (!REASON_OPENING.test(value) || understood.predicate.length === 0) return true;
  const predicate = new Set(understood.predicate.map((t) => t.term));
  return tokenize(before).some((t) => predicate.has(termOf(t.word) ?? ""));
}

/**
 * How well a name fits the sort a "which X" question wants: a person's shape for "which
 * singer"; for "which company" or "which film", neither a person's shape nor a place (one the
 * lexicon knows, or a name after "in": "bought the unit at auction in Moscow").
 */
function typeFit(type: AnswerType | null, person: boolean, place: boolean): number {
  switch (type) {
    case "person":
      return person ? 0.5 : 0;
    case "place":
      return place ? 0.3 : 0;
    case "organisation":
    case "title":
      return (person ? -0.3 : 0) - (place ? 1 : 0);
    default:
      return 0;
  }
}

/**
 * How well an amount's unit fits what a how-much question measures: a share when it asks for
 * a stake or a rate, a distance when it asks how far, and otherwise money, before a
 * percentage (the price of a unit that made 60% of the output is not 60%).
 */
function unitFit(
  value: string,
  question: string,
  others: readonly Span[],
  sentence: string,
): number {
  if (ASKS_PERCENT.test(question)) return IS_PERCENT.test(value) ? 0.5 : 0;
  if (ASKS_DISTANCE.test(question)) return DISTANCE_UNIT.test(value) ? 0.5 : 0;
  if (IS_MONEY.test(value)) return 0.5;
  const moneyBeside = others.some((s) => IS_MONEY.test(sentence.slice(s.start, s.end)));
  return IS_PERCENT.test(value) ? (moneyBeside ? -0.8 : -0.3) : 0;
}
