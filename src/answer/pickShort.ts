import type { Span } from "../corpus/types.js";
import { termOf, tokenize, type Token } from "../text/tokens.js";
import { answerList } from "./answerList.js";
import { answerSpans } from "./answerSpans.js";
import { shortForm, type ShortForm } from "./whatAsked.js";
import { affirms } from "./yesNo.js";
import { asksDone, asksOutcome, hedges, predicts } from "./foretold.js";
import { shortShape } from "./shortShape.js";
import { dateVerb, doerFit, objectFit } from "./verbTies.js";
import { clauseAt, splitClauses } from "./splitClauses.js";
import { anchorsOf, tokensIn } from "./answerProximity.js";
import { clauseTie, statementsOf } from "./clauseTie.js";
import type { UnderstoodQuestion } from "./understandQuestion.js";

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
  /** "Yes", for a yes-or-no question whose claim the span states. */
  readonly lead?: string;
}

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
  // A "what" question may ask for a figure or a time: the short answer looks for that form.
  const form = shortForm(question);
  const { kind } = form;
  const readAs = kind === question.kind ? question : { ...question, kind };
  const wanted = new Set(question.terms.map((t) => t.term));
  const past = asksDone(question.text);
  // The best evidence is a prediction of the outcome asked ("who won"): nothing is stated. A
  // question asking what was done otherwise ("which format has disney picked") is answered by
  // the decision reported ("Disney says it will produce its DVDs using Blu-ray"), as
  // `answerPresent` reads it.
  if (
    asksOutcome(question.text) &&
    options.some((o) => o.rank === 0 && !o.continues && predicts(o.text))
  )
    return undefined;
  // "did the bank raise rates": the best sentence states the claim, or nothing is shown.
  const first = options[0];
  if (first && first.rank === 0 && !first.continues) {
    const claim = affirms(question, first.text);
    if (claim) return { option: 0, span: claim, score: 1, lead: "Yes" };
  }
  const read = options.map((option) => readOption(option, form, question, wanted));
  // A date told of another verb ("opened its store in 2003") loses only beside one told of
  // the question's ("after launching the iPod in 2001"): most dates' verbs are paraphrases.
  const dated = read.flatMap((r) => r.spans.map((s) => s.verb));
  const otherVerb = dated.includes("asked") ? OTHER_VERB : 0;
  let best: ShortPick | undefined;
  read.forEach((r, index) => {
    const option = options[index]!;
    const base =
      weights.cover * (r.held / Math.max(1, wanted.size)) -
      weights.later * option.rank -
      (past && hedges(option.text) ? weights.hedged : 0);
    for (const { span, inside, verb } of r.spans) {
      const shared = inside.filter((i) => r.anchors.includes(i)).length;
      const score =
        base +
        clauseTie(r.statements, r.tokens, span, inside, r.anchors) +
        shortShape(readAs, option.text, span, shared, r.answers, r.clauses) +
        doerFit(question.wants.doer, r.tokens, r.terms, inside) +
        objectFit(question.wants.done, r.terms, inside) -
        (verb === "other" ? otherVerb : 0);
      if (!best || score > best.score) best = { option: index, span, score };
    }
  });
  if (!best || best.score < weights.minScore) return undefined;
  // "Which cities…" asks for all of a list, not its first item.
  if (!question.wants.many) return best;
  const option = options[best.option]!;
  return { ...best, span: answerList(option.text, option.answers, best.span) };
}

/** "first", "last": an ordinal in the question ties nothing ("the first half of 2005"). */
const ORDINAL_WORD = /^(?:first|second|third|last|next|latest)$/u;

/** What a date tied to another verb than the question's loses, beside one tied to it. */
const OTHER_VERB = 0.5;

/** An option read once for scoring its spans: each word is stemmed once per sentence. */
interface ReadOption {
  readonly tokens: readonly Token[];
  readonly terms: readonly (string | null)[];
  /** Token indexes of the question's words; -1 for a continuing sentence's tie to its start. */
  readonly anchors: readonly number[];
  readonly statements: readonly Span[];
  /** Its clauses (`splitClauses`), which only a how-much answer's shape reads (`shortShape`). */
  readonly clauses: readonly Span[];
  /** How many of the question's terms it (or the sentence it continues) holds. */
  readonly held: number;
  readonly answers: readonly Span[];
  readonly spans: readonly {
    readonly span: Span;
    readonly inside: readonly number[];
    readonly verb: "asked" | "other" | null;
  }[];
}

function readOption(
  option: ShortOption,
  { kind, fits, spans: formSpans }: ShortForm,
  question: UnderstoodQuestion,
  wanted: ReadonlySet<string>,
): ReadOption {
  const { text } = option;
  const answers = formSpans
    ? formSpans(text)
    : kind === question.kind
      ? option.answers
      : answerSpans(text, kind, question.asked, question.writtenAsName).filter((s) =>
          fits(text.slice(s.start, s.end)),
        );
  const tokens = tokenize(text);
  const terms = tokens.map((t) => termOf(t.word));
  const anchors = terms.flatMap((term, i) =>
    wanted.has(term ?? "") && !ORDINAL_WORD.test(tokens[i]!.word) ? [i] : [],
  );
  const held =
    option.continues === undefined
      ? new Set(anchors.map((i) => terms[i])).size
      : heldTerms(option.continues, wanted);
  // A continuing sentence is tied to the question through its start ("She is …").
  if (option.continues !== undefined) anchors.push(-1);
  const statements = statementsOf(text);
  const spans = answers.map((span) => {
    const inside = tokensIn(tokens, span);
    if (kind !== "when") return { span, inside, verb: null };
    const { start } = clauseAt(statements, span.start);
    const from = Math.max(
      0,
      tokens.findIndex((t) => t.start >= start),
    );
    return { span, inside, verb: dateVerb(tokens, terms, inside, from, wanted) };
  });
  const clauses = kind === "how-much" ? splitClauses(text) : [];
  return { tokens, terms, anchors, statements, clauses, held, answers, spans };
}

/** How many of the question's terms (`wanted`) a sentence holds. */
function heldTerms(text: string, wanted: ReadonlySet<string>): number {
  const tokens = tokenize(text);
  return new Set(anchorsOf(tokens, wanted).map((i) => termOf(tokens[i]!.word))).size;
}
