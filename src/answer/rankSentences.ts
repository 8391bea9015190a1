import type { Article, Passage, Sentence } from "../corpus/types.js";
import type { Knowledge } from "../knowledge.js";
import type { PassageHit } from "../search/passageIndex.js";
import { retrieve } from "../search/retrieve.js";
import { comparisonKey } from "../text/normalize.js";
import { titleTerms } from "../corpus/titleTerms.js";
import { askedWords, hasAnswerType } from "./answerType.js";
import { analyzeQuestion } from "./question.js";
import { QuestionMatcher, questionWeights } from "./scoreSentence.js";

/** Tuning of sentence ranking. */
export const RANKING = {
  /** Passages retrieved from the index before sentences are scored. */
  passages: 12,
  /** Share of the question the sentence itself must cover, context aside. */
  minOwnCoverage: 0.3,
  /** Penalty when a sentence lacks the kind of fact asked for (a date for "when"). */
  wrongTypeFactor: 0.75,
  /** Weight of the passage's retrieval score next to the sentence's coverage. */
  retrievalWeight: 0.1,
} as const;

/** A corpus sentence scored against a question. */
export interface RankedSentence {
  readonly passage: Passage;
  readonly sentence: Sentence;
  /** The sentence's terms. */
  readonly terms: ReadonlySet<string>;
  /** Share of the question covered (0..1), after the answer-type penalty. */
  readonly share: number;
  /** `share` plus a little retrieval evidence: the sort key. */
  readonly score: number;
}

/** The ranking of a question's candidate sentences, and the passages retrieved for it. */
export interface Ranking {
  readonly hits: readonly PassageHit[];
  readonly sentences: readonly RankedSentence[];
  /** The question has no content word at all ("what is it?"). */
  readonly empty: boolean;
}

/**
 * Retrieves passages for `question` and scores each of their sentences by how much of the
 * question it covers, itself or through its context (its paragraph, the paragraph before,
 * which often names the speaker of a quote, and its article's title). Sentences missing a
 * name or number the question asks about are left out; repeated sentences count once.
 */
export function rankSentences(knowledge: Knowledge, question: string): Ranking {
  const analyzed = analyzeQuestion(question);
  const matcher = new QuestionMatcher(analyzed, questionWeights(analyzed, knowledge.stats));
  const asked = askedWords(question);
  const hits = retrieve(knowledge, question, RANKING.passages);
  const top = hits[0]?.score ?? 1;
  const ranked: RankedSentence[] = [];
  const seen = new Set<string>();
  const contexts = new Map<string, Float64Array>();
  const own = new Float64Array(matcher.size);
  for (const hit of hits) {
    const article = knowledge.articles.get(hit.passage.articleId);
    if (!article) continue;
    const contextKey = `${article.id}#${hit.passage.paragraph}`;
    let context = contexts.get(contextKey);
    if (!context) {
      context = contextMatches(knowledge, matcher, article, hit.passage.paragraph);
      contexts.set(contextKey, context);
    }
    const { sentences } = hit.passage;
    for (let i = 0; i < sentences.length; i++) {
      const sentence = sentences[i]!;
      const sentenceTerms = hit.passage.sentenceTerms[i] ?? [];
      own.fill(0);
      matcher.match(sentenceTerms, own);
      const cover = matcher.coverage(own, context);
      if (cover.missesSalient || cover.ownShare < RANKING.minOwnCoverage) continue;
      const key = comparisonKey(sentence.text);
      if (seen.has(key)) continue;
      seen.add(key);
      const typed = hasAnswerType(sentence.text, analyzed.expects, asked)
        ? 1
        : RANKING.wrongTypeFactor;
      const share = cover.share * typed;
      const score = share + RANKING.retrievalWeight * (hit.score / top);
      ranked.push({ passage: hit.passage, sentence, terms: new Set(sentenceTerms), share, score });
    }
  }
  ranked.sort((a, b) => b.score - a.score || a.passage.order - b.passage.order);
  return { hits, sentences: ranked, empty: analyzed.terms.length === 0 };
}

/** What the question finds in a paragraph's context: its title, itself and the one before. */
function contextMatches(
  knowledge: Knowledge,
  matcher: QuestionMatcher,
  article: Article,
  paragraph: number,
): Float64Array {
  const found = new Float64Array(matcher.size);
  matcher.match(titleTerms(article), found);
  for (const n of [paragraph, paragraph - 1]) {
    for (const passage of knowledge.paragraphPassages(article.id, n)) {
      for (const sentence of passage.sentenceTerms) matcher.match(sentence, found);
    }
  }
  return found;
}
