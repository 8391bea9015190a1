import type { Passage } from "../corpus/types.js";
import type { Knowledge } from "../knowledge/knowledge.js";
import type { PassageHit } from "../search/passageIndex.js";
import { retrieve } from "../search/retrieve.js";
import type { Citation } from "./citation.js";
import { findCandidates } from "./candidates.js";
import { cleanQuestion } from "./cleanQuestion.js";
import { composeAnswer, type AnswerSentence, type ShortAnswer } from "./composeAnswer.js";
import { RANKING, rankSentences, type RankedCandidate } from "./rankSentences.js";
import { rechooseInStory } from "./rechooseInStory.js";
import { relatedForRetrieval, relatedTerms } from "./relatedTerms.js";
import { QuestionMatcher, questionWeights } from "./scoreSentence.js";
import { isSmallTalk, SMALL_TALK_REPLY } from "./smallTalk.js";
import { understandQuestion } from "./understandQuestion.js";
import { paragraphsOf } from "./missingFact.js";
import { acceptsAnswer } from "./tiedAnswer.js";
import { typedFallback } from "./typedFallback.js";
import { VERIFY, verifyAnswer } from "./verifyAnswer.js";

export type { AnswerSentence, ShortAnswer } from "./composeAnswer.js";

/** An article named when the corpus does not answer. */
export interface ClosestArticle {
  readonly articleId: string;
  readonly title: string;
  readonly published: string | null;
}

/** The result of `/ask`: plain data for any renderer. */
export interface AskResult {
  readonly question: string;
  /** The question as searched after spelling correction ("Showing results for …"), or null. */
  readonly corrected: string | null;
  readonly abstained: boolean;
  /** The fact asked for, from a cited sentence; null when abstaining or none stands out. */
  readonly short: ShortAnswer | null;
  /**
   * The answer's sentences joined, each followed by its citation number in brackets; when
   * abstaining, what the articles lack.
   */
  readonly answer: string;
  readonly sentences: readonly AnswerSentence[];
  readonly citations: readonly Citation[];
  /** Newest publication date among the cited articles. */
  readonly asOf: string | null;
  /** When abstaining: the articles that came closest. */
  readonly closest: readonly ClosestArticle[];
  /** A follow-up's earlier question (`to`, as asked) and the question answered (`readAs`). */
  readonly followUp?: { readonly to: string; readonly readAs: string };
}

/** An answer with what each stage saw, for measuring the stages. */
export interface AskTrace {
  readonly result: AskResult;
  readonly hits: readonly PassageHit[];
  readonly ranked: readonly RankedCandidate[];
}

/**
 * Answers a question from the corpus alone, stage by stage: clean (mentions, links, Markdown
 * and misspellings), understand (kind, subject, predicate), retrieve passages, gather candidate
 * sentences from their articles, choose the best, verify that it holds an answer of the asked
 * kind tied to the question (trusting on less of the question's words an answer tied to its
 * subject and predicate, `tiedAnswer`), and compose the short answer with the cited
 * sentences. Abstains, saying what is missing and naming the closest articles, when
 * verification fails.
 */
export function ask(knowledge: Knowledge, question: string): AskResult {
  return traceAsk(knowledge, question).result;
}

/** {@link ask}, also returning the retrieved passages and the ranked candidates. */
export function traceAsk(knowledge: Knowledge, question: string): AskTrace {
  const cleaned = cleanQuestion(question, knowledge.stats);
  if (isSmallTalk(cleaned.text)) {
    return { result: abstention(question, null, SMALL_TALK_REPLY, []), hits: [], ranked: [] };
  }
  const understood = understandQuestion(cleaned.text, knowledge.stats);
  const related = relatedTerms(understood, knowledge.stats);
  const matcher = new QuestionMatcher(
    understood,
    questionWeights(understood, knowledge.stats),
    related,
  );
  // Retrieval weighs a role's and a name's relatives too, so a passage that names the same
  // thing otherwise ("Gazprom chief" for "chief executive of gazprom") ranks with the others.
  const hits =
    understood.terms.length === 0
      ? []
      : retrieve(
          knowledge,
          cleaned.text,
          RANKING.passages,
          relatedForRetrieval(understood, related),
        );
  const chosen = rechooseInStory(
    knowledge,
    understood,
    rankSentences(findCandidates(knowledge, understood, matcher, hits)),
  );
  const best = chosen[0];
  const stories = paragraphsOf(knowledge);
  const verdict = verifyAnswer(understood, best, VERIFY, stories);
  const base = { question, corrected: cleaned.corrected };
  // The coverage checks weigh words; an answer tied to the question's subject and predicate
  // is trusted on less of them (see `tiedAnswer`). A top that restates the question without
  // the asked kind of answer yields to a close runner-up that holds one (`typedFallback`).
  const accepted = best !== undefined && acceptsAnswer(understood, best, stories, VERIFY, verdict);
  const ranked = accepted
    ? chosen
    : (typedFallback(understood, chosen, stories, verdict) ?? chosen);
  if (!best || (!accepted && ranked === chosen)) {
    const closest = closestArticles(
      knowledge,
      hits.map((h) => h.passage),
    );
    const missing = verdict.ok ? NOT_ANSWERED : (verdict.missing ?? NOT_ANSWERED);
    return { result: abstention(question, cleaned.corrected, missing, closest), hits, ranked };
  }
  const composed = composeAnswer(knowledge, understood, ranked);
  const result: AskResult = {
    ...base,
    abstained: false,
    short: composed.short,
    answer: composed.sentences.map((s) => `${s.text} [${s.citation}]`).join(" "),
    sentences: composed.sentences,
    citations: composed.citations,
    asOf: composed.asOf,
    closest: [],
  };
  return { result, hits, ranked };
}

const NOT_ANSWERED = "The articles do not answer this question.";

/** An answer that cites nothing: `answer` says why, `closest` names the nearest articles. */
export function abstention(
  question: string,
  corrected: string | null,
  answer: string,
  closest: readonly ClosestArticle[],
): AskResult {
  return {
    question,
    corrected,
    abstained: true,
    short: null,
    answer,
    sentences: [],
    citations: [],
    asOf: null,
    closest,
  };
}

function closestArticles(knowledge: Knowledge, passages: readonly Passage[]): ClosestArticle[] {
  const closest: ClosestArticle[] = [];
  for (const passage of passages) {
    const article = knowledge.articles.get(passage.articleId);
    if (!article || closest.some((c) => c.articleId === article.id)) continue;
    closest.push({ articleId: article.id, title: article.title, published: article.published });
    if (closest.length >= 3) break;
  }
  return closest;
}
