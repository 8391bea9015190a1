import { titleTerms } from "../corpus/titleTerms.js";
import type { Passage, Sentence, Span } from "../corpus/types.js";
import type { Knowledge } from "../knowledge/knowledge.js";
import type { PassageHit } from "../search/passageIndex.js";
import { answerSpans } from "./answerSpans.js";
import { clippedNames } from "./clippedNames.js";
import { candidateFeatures, featureScope, type CandidateFeatures } from "./candidateFeatures.js";
import { MATCH_WEIGHT, mergeMatches as merge, type QuestionMatcher } from "./scoreSentence.js";
import { storyFocus } from "./storyFocus.js";
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
  /**
   * The shares `verifyAnswer`'s coverage floors read: `near` and `context` of the features,
   * with a related word counted in full (`MATCH_WEIGHT.kinAtFloor`).
   */
  readonly floors: { readonly near: number; readonly context: number };
}

interface Row extends Located {
  readonly terms: readonly string[];
  readonly paragraph: number;
}

/**
 * Every sentence of the articles the best passages come from, matched on what it holds of the
 * question itself, with its neighbours and in its context, with the answers of the asked kind
 * it (or a neighbour) holds, and scored by `candidateFeatures`. Repeated sentences count once.
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
  const scope = featureScope(question, matcher);
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
    const story = storyFocus(matcher, { title, paragraphs }, scope.subject);
    const inArticle = story.held;
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
    // Question words that clip a name of the article ("man u"), said whole in the sentence's reach.
    const clipped = clippedNames(source, question);
    const clippedAt = (i: number): number[] =>
      [...clipped].flatMap(([t, names]) =>
        [rows[i - 1], rows[i], rows[i + 1]].some((r) => r?.terms.some((w) => names.has(w)))
          ? [t]
          : [],
      );
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
      // The cheap tests first: a neighbour's answers are looked for only when it could carry.
      const carries = (j: number): boolean =>
        (rows[j]?.paragraph === row.paragraph || (ownRows[j]?.some((m) => m > 0) ?? false)) &&
        typedAt(j).length > 0;
      const carrierAt = [i + 1, i - 1]
        .filter((j) => carries(j))
        .sort(
          (a, b) =>
            Number(rows[b]?.paragraph === row.paragraph) -
            Number(rows[a]?.paragraph === row.paragraph),
        )[0];
      const carrier =
        carrierAt === undefined ? undefined : { ...rows[carrierAt]!, answers: typedAt(carrierAt) };
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
        floors: floorShares(matcher, near, context, clippedAt(i)),
        features: candidateFeatures(scope, {
          text: row.sentence.text,
          own,
          near,
          nearShare,
          contextShare: contextCover.share,
          answers,
          neighbourTyped: carrier !== undefined,
          story,
          article,
          passage: passageScore.get(row.passage.id) ?? 0,
          paragraph: row.paragraph,
          rank,
        }),
      });
    });
  }
  return out;
}

/**
 * The coverage floors' shares (see `Candidate.floors`): a related word counted in full, and so
 * is a question word clipping a name said near (`clippedNames`).
 */
function floorShares(
  matcher: QuestionMatcher,
  near: Float64Array,
  context: Float64Array,
  clipped: readonly number[],
): Candidate["floors"] {
  const [n, c] = [near.slice(), context.slice()];
  for (const t of clipped) n[t] = c[t] = MATCH_WEIGHT.exact;
  return {
    near: matcher.coverage(n, n, MATCH_WEIGHT.kinAtFloor).share,
    context: matcher.coverage(c, c, MATCH_WEIGHT.kinAtFloor).share,
  };
}
