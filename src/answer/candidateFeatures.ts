import type { Span } from "../corpus/types.js";
import { tokenize } from "../text/tokens.js";
import { answerProximity } from "./answerProximity.js";
import { amountAsked, amountFit, type AmountAsked } from "./amountFit.js";
import { askedRoles, roleTie } from "./roleTie.js";
import type { QuestionMatcher } from "./scoreSentence.js";
import type { StoryFocus } from "./storyFocus.js";
import type { UnderstoodQuestion } from "./understandQuestion.js";

/** What a candidate sentence offers, each a number the chooser weighs. */
export interface CandidateFeatures {
  /** Share of the question's weight the sentence holds itself. */
  readonly own: number;
  /** Share held by the sentence or its neighbours. */
  readonly near: number;
  /** Share held anywhere around it (paragraph, title), context counted lower. */
  readonly context: number;
  /** 1 when the sentence holds an answer of the asked kind, 0.5 when a neighbour does. */
  readonly typed: number;
  /**
   * Share of the question held anywhere in its article, title included: the story the
   * question asks about, which a sentence repeating a few of its words in another story lacks.
   */
  readonly story: number;
  /** Share of the question held by its article's headline and lead paragraph (see `storyFocus`). */
  readonly headline: number;
  /** Share of the question's subject held there: the story is about it (see `storyFocus`). */
  readonly headlineSubject: number;
  /** Its article's best retrieval score over the best article's. */
  readonly article: number;
  /** Its passage's retrieval score over the best passage's (0 when not retrieved). */
  readonly passage: number;
  /** 1 in the article's first paragraph, where news states the main facts. */
  readonly lead: number;
  /** Share of the question's subject terms held by the sentence or its neighbours. */
  readonly subject: number;
  /** Share of the question's other terms (its predicate) held there; 1 when it has none. */
  readonly predicate: number;
  /** How closely an answer of the asked kind is tied to a question word (see `answerProximity`). */
  readonly close: number;
  /** How closely an answer of the asked kind is tied to the role the question asks for (see `roleTie`). */
  readonly role: number;
  /** How well the best answer is the sort of amount a how-much question asks for (see `amountFit`). */
  readonly amount: number;
  /** 1 for the best retrieved article, 1/2 for the next, and so on. */
  readonly rank: number;
}

/** What every candidate of one question is scored against, worked out once per question. */
export interface FeatureScope {
  readonly question: UnderstoodQuestion;
  readonly matcher: QuestionMatcher;
  /** The question's subject terms, by index. */
  readonly subject: readonly number[];
  /** The question's other terms, by index. */
  readonly predicate: readonly number[];
  /** The question's terms, for how close an answer stands to them. */
  readonly wanted: ReadonlySet<string>;
  /** The role terms of a question asking who holds the role (see `askedRoles`). */
  readonly roles: ReadonlySet<number>;
  /** The sort of amount a how-much question asks for (see `amountAsked`). */
  readonly amount: AmountAsked | null;
}

/** Where a candidate sentence stands and what of the question it and its surroundings hold. */
export interface FeatureSource {
  /** The sentence's text. */
  readonly text: string;
  /** The question terms the sentence matches itself. */
  readonly own: Float64Array;
  /** Those the sentence or its neighbours match. */
  readonly near: Float64Array;
  /** Share of the question `near` holds: the caller has it already, as the gate for a candidate. */
  readonly nearShare: number;
  /** Share held around it, context counted lower: the caller has it with whether a salient term is missed. */
  readonly contextShare: number;
  /** Answers of the asked kind in the sentence (offsets in `text`). */
  readonly answers: readonly Span[];
  /** Whether a neighbour carries an answer of the asked kind. */
  readonly neighbourTyped: boolean;
  /** What its article holds of the question as a whole. */
  readonly story: StoryFocus;
  /** Its article's retrieval score over the best article's. */
  readonly article: number;
  /** Its passage's retrieval score over the best passage's (0 when not retrieved). */
  readonly passage: number;
  /** Its paragraph's number in the article (1 first). */
  readonly paragraph: number;
  /** 1 over its article's retrieval rank. */
  readonly rank: number;
}

/**
 * The per-question part of the features: the subject's and predicate's terms, the asked roles,
 * the sort of amount asked.
 */
export function featureScope(question: UnderstoodQuestion, matcher: QuestionMatcher): FeatureScope {
  return {
    question,
    matcher,
    subject: question.subject.map((t) => question.terms.indexOf(t)),
    predicate: question.predicate.map((t) => question.terms.indexOf(t)),
    wanted: new Set(question.terms.map((t) => t.term)),
    roles: askedRoles(question),
    amount: amountAsked(question),
  };
}

/**
 * The features of one candidate sentence (see {@link CandidateFeatures}): what it and its
 * surroundings hold of the question, where it stands, and how well its answers fit the ask.
 */
export function candidateFeatures(scope: FeatureScope, source: FeatureSource): CandidateFeatures {
  const { matcher } = scope;
  const { text, own, near, answers } = source;
  // Read once for the two ties of an answer to the question's words.
  const tokens = answers.length > 0 ? tokenize(text) : [];
  return {
    own: matcher.coverage(own, own).share,
    near: source.nearShare,
    context: source.contextShare,
    typed: answers.length > 0 ? 1 : source.neighbourTyped ? 0.5 : 0,
    story: source.story.story,
    headline: source.story.headline,
    headlineSubject: source.story.headlineSubject,
    article: source.article,
    passage: source.passage,
    lead: source.paragraph === 1 ? 1 : 0,
    subject: termShare(near, scope.subject),
    predicate: scope.predicate.length === 0 ? 1 : termShare(near, scope.predicate),
    close: answerProximity(tokens, answers, scope.wanted),
    role: roleTie(text, tokens, answers, matcher, scope.roles),
    amount: amountFit(scope.amount, text, answers),
    rank: source.rank,
  };
}

/** Share of the given question terms found. */
function termShare(found: Float64Array, indexes: readonly number[]): number {
  if (indexes.length === 0) return 0;
  return indexes.filter((i) => (found[i] ?? 0) > 0).length / indexes.length;
}
