import type { Span } from "../corpus/types.js";
import { isPlaceName } from "../quotes/nameLexicon.js";
import { IRREGULAR_VERBS } from "../text/irregular.js";
import { termOf, tokenize } from "../text/tokens.js";
import { answerList } from "./answerList.js";
import { asksForRole } from "./roleWords.js";
import { doerFit, objectFit } from "./verbTies.js";
import { anchorsOf, tieOf, tokensIn } from "./answerProximity.js";
import type { UnderstoodQuestion } from "./understandQuestion.js";
import type { AnswerType } from "./wantedAnswer.js";

/** Tuning of the short answer (on the tune half of the BBC dev questions). */
export const SHORT: ShortWeights = {
  /** Taken off a span for each cited sentence before its own: the best sentence comes first. */
  later: 0.25,
  /** Weight of the share of the question's words its sentence holds. */
  cover: 0.6,
  /** Taken off a span in a sentence that predicts or supposes what the question asks as done. */
  hedged: 0.8,
  /** Below this score no span is sure enough to be shown as the fact: no short answer. */
  minScore: 0.45,
};

/** The weights and threshold {@link pickShort} applies. */
export interface ShortWeights {
  readonly later: number;
  readonly cover: number;
  readonly hedged: number;
  readonly minScore: number;
}

/** A cited sentence and the answer spans of the asked kind it holds. */
export interface ShortOption {
  readonly text: string;
  readonly answers: readonly Span[];
  /** 0 for the best sentence (and what is cited with it), 1 for the next, and so on. */
  readonly rank: number;
  /**
   * For the neighbour cited because it holds the fact the best sentence lacks ("She is Ana
   * Ruiz."): the best sentence, which holds the question's words it continues.
   */
  readonly continues?: string;
}

/** The span chosen as the short answer: in which option, where, and how surely. */
export interface ShortPick {
  readonly option: number;
  readonly span: Span;
  readonly score: number;
}

/** Words that make a run of capitals an organisation, title or event, not a person. */
const NOT_PERSON =
  /\b(?:Awards?|Association|Bank|Centre|Center|Championships?|Club|Company|Council|Cup|Festival|Games|Group|Inc|League|Ltd|Ministry|Open|Party|plc|Prize|Society|TV|Union|University)\b/u;
/** A person's name: two to four capitalised words, an initial allowed. */
const PERSON =
  /^(?:(?:Mr|Mrs|Ms|Dr|Sir)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3}$/u;
/** The words before a place: a name after them is where something is, not who did it. */
const PLACE_BEFORE = /\b(?:in|at|from|near|outside|to)\s+(?:the\s+)?$/iu;
/** "Of the 20 sectors surveyed, 13 grew": the number after "of the" is the whole, not the count. */
const WHOLE_BEFORE = /\bof the\s+$/iu;
/** A sentence that predicts, supposes or reports a plan rather than what happened. */
const HEDGE =
  /\b(?:[Ww]ill|[Ww]ould|[Cc]ould|[Mm]ight|may|(?:is|are) (?:set|expected|likely|tipped|due) to|[Pp]redict\w*|[Ff]orecasts?)\b/u;
/**
 * A reason clause that more often says when or how than why: "after quitting the show",
 * "since 2001", "as cheap as", "as captain".
 */
const LOOSE_REASON =
  /^(?:as\b(?! a result)|(?:after|following|since)\s+(?:(?:nearly|almost|about|around|more than|over|just)\s+)?(?:\p{L}+ing\b|\d|the (?:end|start|beginning)\b|(?:\p{L}+\s+){0,2}(?:weeks?|months?|years?|days?|decades?|seasons?|hours?|minutes?)\b))/iu;
/** A sentence that foretells: "will win", "is tipped to", "predicts". */
const PREDICTION =
  /\b(?:[Ww]ill|(?:is|are) (?:expected|tipped|set) to|[Pp]redict\w*|[Ff]orecasts?)\b/u;
/** Question words of a past event: "did", or a past form ("won", "bought", "raised"). */
const PAST = /\bdid\b/iu;

const MONEY = /[£$€¥]|\b(?:euros?|dollars?|pounds?|yen|francs?|rupees?|roubles?)\b/iu;
const PERCENT = /%|per ?cent/iu;
const DISTANCE = /\b(?:km|miles?|metres?|meters?|m)\b/iu;
/** What a how-much question measures, by its words. */
const ASKS_PERCENT =
  /\b(?:percent|percentage|share|stake|proportion|chunk|rates?|rise|rising|rose|raised?|increased?|grow|grew|growth|up|fall|fell|falling|drop|dropped|down)\b/iu;
const ASKS_DISTANCE = /\bhow (?:far|close|long is)\b|\bdistance\b/iu;

/**
 * The answer span, among the cited sentences' (`options`, in the order they are cited), that
 * best states the fact asked for, or undefined when none is sure enough to show in bold: tied
 * closely to the question's words, in a sentence holding much of the question, early in the
 * answer; bringing nothing the question already names (a name sharing a question word is its
 * subject, not its answer); shaped as the kind asks (a person for who, a count of the asked
 * thing for how many, money for a price); not a prediction offered for what was asked as done.
 */
export function pickShort(
  question: UnderstoodQuestion,
  options: readonly ShortOption[],
  weights: ShortWeights = SHORT,
): ShortPick | undefined {
  const { text } = question;
  const wanted = new Set(question.terms.map((t) => t.term));
  const past = isPast(text);
  // The best evidence is a prediction of what the question asks as done: nothing is stated.
  if (past && options.some((o) => o.rank === 0 && !o.continues && PREDICTION.test(o.text)))
    return undefined;
  let best: ShortPick | undefined;
  options.forEach((option, index) => {
    if (option.answers.length === 0) return;
    const tokens = tokenize(option.text);
    const anchors = anchorsOf(tokens, wanted);
    const held = heldTerms(option.continues ?? option.text, wanted);
    // A continuing sentence is tied to the question through its start ("She is …").
    if (option.continues !== undefined) anchors.push(-1);
    const base =
      weights.cover * (held / Math.max(1, wanted.size)) -
      weights.later * option.rank -
      (past && HEDGE.test(option.text) ? weights.hedged : 0);
    for (const span of option.answers) {
      const inside = tokensIn(tokens, span);
      const shared = inside.filter((i) => anchors.includes(i)).length;
      const value = option.text.slice(span.start, span.end);
      const before = option.text.slice(Math.max(0, span.start - 14), span.start);
      const score =
        base +
        tieOf(inside, anchors) +
        shape(question, value, shared, before, option.answers, option.text) +
        doerFit(question.wants.doer, tokens, inside) +
        objectFit(question.wants.done, tokens, inside);
      if (!best || score > best.score) best = { option: index, span, score };
    }
  });
  if (!best || best.score < weights.minScore) return undefined;
  // "Which cities…" asks for all of a list, not its first item.
  if (!question.wants.many) return best;
  const option = options[best.option]!;
  return { ...best, span: answerList(option.text, option.answers, best.span) };
}

/** How many of the question's terms (`wanted`) a sentence holds. */
function heldTerms(text: string, wanted: ReadonlySet<string>): number {
  const tokens = tokenize(text);
  return new Set(anchorsOf(tokens, wanted).map((i) => termOf(tokens[i]!.word))).size;
}

/** Whether a question asks about something done: "who won", "how much did it sell for". */
function isPast(question: string): boolean {
  if (PAST.test(question)) return true;
  return tokenize(question).some(
    (t) => IRREGULAR_VERBS.has(t.word) || /^\p{L}{3,}ed$/u.test(t.word),
  );
}

/**
 * What the span's form says of it as a `kind` answer: `shared` is how many of its words the
 * question holds, `before` the text just before it, `others` the sentence's other answers.
 */
function shape(
  understood: UnderstoodQuestion,
  value: string,
  shared: number,
  before: string,
  others: readonly Span[],
  sentence: string,
): number {
  const question = understood.text;
  const person = PERSON.test(value) && !NOT_PERSON.test(value);
  const placed = PLACE_BEFORE.test(before);
  switch (understood.kind) {
    case "who":
      // The holder of a role ("who is the chief executive of gazprom") is a person, never the
      // firm the sentence names beside the role.
      if (!person && asksForRole(understood.asked)) return -Infinity;
      // "at auction in Moscow": a place after "in" is where, not who.
      return -shared + (person ? 0.5 : 0) - (placed ? (isPlaceName(value) ? 1 : 0.5) : 0);
    case "where":
      return -shared + (placed ? 0.3 : 0);
    case "which":
      return -shared + typeFit(understood.wants.type, person, placed || isPlaceName(value));
    case "when":
      return -shared;
    case "why":
      // A fragment that says when or how is shown as no reason at all.
      return LOOSE_REASON.test(value) ? -Infinity : -shared;
    case "how-many": {
      // "12,575 net cafes": the count of the thing asked about; a percentage is no count.
      const figure = /\d/u.test(value) ? 0.3 : 0;
      const percent = PERCENT.test(value) ? -1 : 0;
      const whole = WHOLE_BEFORE.test(before) ? -0.6 : 0;
      return (shared > 0 ? 1 : 0) + figure + percent + whole;
    }
    case "how-much":
      return (/\d/u.test(value) ? 0.3 : 0) + unitFit(value, question, others, sentence);
    default:
      return 0;
  }
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
  if (ASKS_PERCENT.test(question)) return PERCENT.test(value) ? 0.5 : 0;
  if (ASKS_DISTANCE.test(question)) return DISTANCE.test(value) ? 0.5 : 0;
  if (MONEY.test(value)) return 0.5;
  const moneyBeside = others.some((s) => MONEY.test(sentence.slice(s.start, s.end)));
  return PERCENT.test(value) ? (moneyBeside ? -0.8 : -0.3) : 0;
}
