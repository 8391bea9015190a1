import { titleTerms } from "../corpus/titleTerms.js";
import type { Passage, Sentence, Span } from "../corpus/types.js";
import type { Knowledge } from "../knowledge/knowledge.js";
import type { PassageHit } from "../search/passageIndex.js";
import { answerProximity } from "./answerProximity.js";
import { amountFit } from "./amountFit.js";
import { answerSpans } from "./answerSpans.js";
import { askedRoles, roleTie } from "./roleTie.js";
import { MATCH_WEIGHT, type QuestionMatcher } from "./scoreSentence.js";
import type { UnderstoodQuestion } from "./understandQuestion.js";

/** How widely candidates are gathered. */
export const GATHER = {
  /** Articles whose every sentence is a candidate: those of the best retrieved passages. */
  articles: 5,
  /** Sentences either side whose words count as the candidate's near context. */
  window: 1,
  /** Share of the question a sentence and its neighbours must hold to be a candidate at all. */
  minNear: 0.2,
} as const;

/** A sentence located in its passage, for citing. */
export interface Located {
  readonly passage: Passage;
  readonly sentence: Sentence;
}

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

/** A candidate sentence with its neighbours and features. */
export interface Candidate extends Located {
  readonly features: CandidateFeatures;
  /** Answers of the asked kind in the sentence (offsets in the sentence's text). */
  readonly answers: readonly Span[];
  /**
   * When the sentence holds no answer of the asked kind: the neighbour that does (in the same
   * paragraph, or sharing the question's words), with its answers.
   */
  readonly carrier: (Located & { readonly answers: readonly Span[] }) | undefined;
  /** A salient question term (a name, a number) found nowhere near it. */
  readonly missesSalient: boolean;
  /** The question terms found in the sentence or its neighbours (by index). */
  readonly found: Float64Array;
  /** The question terms found anywhere in its article, title included (by index). */
  readonly inArticle: Float64Array;
  /** The sentence's terms. */
  readonly terms: readonly string[];
}

interface Row extends Located {
  readonly terms: readonly string[];
  readonly paragraph: number;
}

/**
 * Every sentence of the articles the best passages come from, scored on what it holds of the
 * question itself, with its neighbours and in its context, and whether it holds an answer of
 * the asked kind. Repeated sentences count once.
 */
export function findCandidates(
  knowledge: Knowledge,
  question: UnderstoodQuestion,
  matcher: QuestionMatcher,
  hits: readonly PassageHit[],
): Candidate[] {
  const topPassage = hits[0]?.score ?? 1;
  const articleScore = new Map<string, number>();
  const articleRank = new Map<string, number>();
  const passageScore = new Map<string, number>();
  for (const hit of hits) {
    passageScore.set(hit.passage.id, hit.score / topPassage);
    if (!articleScore.has(hit.passage.articleId) && articleScore.size < GATHER.articles) {
      articleRank.set(hit.passage.articleId, articleScore.size + 1);
      articleScore.set(hit.passage.articleId, hit.score / topPassage);
    }
  }
  const subjectIndex = question.subject.map((t) => question.terms.indexOf(t));
  const predicateIndex = question.predicate.map((t) => question.terms.indexOf(t));
  const wanted = new Set(question.terms.map((t) => t.term));
  const roles = askedRoles(question);
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const [articleId, article] of articleScore) {
    const rank = 1 / (articleRank.get(articleId) ?? 1);
    const source = knowledge.articles.get(articleId);
    if (!source) continue;
    const rows: Row[] = [];
    for (const p of source.paragraphs)
      for (const passage of knowledge.paragraphPassages(articleId, p.number))
        passage.sentences.forEach((sentence, i) =>
          rows.push({
            passage,
            sentence,
            terms: passage.sentenceTerms[i] ?? [],
            paragraph: p.number,
          }),
        );
    const title = new Float64Array(matcher.size);
    matcher.match(titleTerms(source), title);
    // Each sentence matched once; a paragraph's matches are its sentences' merged.
    const ownRows = rows.map((row) => {
      const own = new Float64Array(matcher.size);
      matcher.match(row.terms, own);
      return own;
    });
    const paragraphs = new Map<number, Float64Array>();
    rows.forEach((row, i) => {
      let found = paragraphs.get(row.paragraph);
      if (!found) paragraphs.set(row.paragraph, (found = new Float64Array(matcher.size)));
      merge(found, ownRows[i]!);
    });
    const inArticle = title.slice();
    for (const found of paragraphs.values()) merge(inArticle, found);
    const story = matcher.coverage(inArticle, inArticle).share;
    // Answers are looked for only where the question's words are: the costly step, done lazily.
    const typedRows: (readonly Span[] | undefined)[] = [];
    const typedAt = (i: number): readonly Span[] => {
      const row = rows[i];
      if (!row) return [];
      return (typedRows[i] ??= answerSpans(
        row.sentence.text,
        question.kind,
        question.asked,
        question.writtenAsName,
      ));
    };
    rows.forEach((row, i) => {
      if (seen.has(row.sentence.text)) return;
      seen.add(row.sentence.text);
      const own = ownRows[i]!;
      const near = own.slice();
      for (let d = 1; d <= GATHER.window; d++)
        for (const n of [ownRows[i - d], ownRows[i + d]]) if (n) merge(near, n);
      const nearShare = matcher.coverage(near, near).share;
      if (nearShare < GATHER.minNear) return;
      // A sentence with none of the question's words does not state its answer, though its
      // neighbours may make it look close: its own names and numbers do not count.
      const speaks = own.some((m) => m > 0);
      const context = near.slice();
      for (const extra of [title, paragraphs.get(row.paragraph), paragraphs.get(row.paragraph - 1)])
        if (extra)
          for (let t = 0; t < context.length; t++)
            if (context[t] === 0 && extra[t]! > 0) context[t] = MATCH_WEIGHT.context;
      const answers = speaks ? typedAt(i) : [];
      // A neighbour's answer counts when it continues the same paragraph or the same topic
      // (trying "the next sentence always" gained 2 dev answers and took dates from other stories).
      const carries = (j: number): boolean =>
        typedAt(j).length > 0 &&
        (rows[j]?.paragraph === row.paragraph || (ownRows[j]?.some((m) => m > 0) ?? false));
      const carrierAt = [i + 1, i - 1]
        .filter((j) => carries(j))
        .sort(
          (a, b) =>
            Number(rows[b]?.paragraph === row.paragraph) -
            Number(rows[a]?.paragraph === row.paragraph),
        )[0];
      const carrier =
        carrierAt === undefined ? undefined : { ...rows[carrierAt]!, answers: typedAt(carrierAt) };
      const neighbourTyped = carrier !== undefined;
      const contextCover = matcher.coverage(context, context);
      out.push({
        passage: row.passage,
        sentence: row.sentence,
        terms: row.terms,
        answers,
        carrier,
        missesSalient: contextCover.missesSalient,
        found: near,
        inArticle,
        features: {
          own: matcher.coverage(own, own).share,
          near: nearShare,
          context: contextCover.share,
          typed: answers.length > 0 ? 1 : neighbourTyped ? 0.5 : 0,
          story,
          article,
          passage: passageScore.get(row.passage.id) ?? 0,
          lead: row.paragraph === 1 ? 1 : 0,
          subject: termShare(near, subjectIndex),
          predicate: predicateIndex.length === 0 ? 1 : termShare(near, predicateIndex),
          close: answerProximity(row.sentence.text, answers, wanted),
          role: roleTie(row.sentence.text, answers, matcher, roles),
          amount: amountFit(question, row.sentence.text, answers),
          rank,
        },
      });
    });
  }
  return out;
}

/** Keeps in `into` the better match of each question term. */
function merge(into: Float64Array, from: Float64Array): void {
  for (let t = 0; t < into.length; t++) if (from[t]! > into[t]!) into[t] = from[t]!;
}

/** Share of the given question terms found. */
function termShare(found: Float64Array, indexes: readonly number[]): number {
  if (indexes.length === 0) return 0;
  return indexes.filter((i) => (found[i] ?? 0) > 0).length / indexes.length;
}
