import type { Passage, Sentence } from "../corpus/types.js";
import type { Knowledge } from "../knowledge.js";
import type { Citation } from "./citation.js";
import { CitationList, newestDate } from "./citations.js";
import { rankSentences, type RankedSentence } from "./rankSentences.js";

/** A sentence of an answer and the citation that supports it. */
export interface AnswerSentence {
  readonly text: string;
  readonly citation: number;
}

/** An article named when the corpus does not answer. */
export interface ClosestArticle {
  readonly articleId: string;
  readonly title: string;
  readonly published: string | null;
}

/** The result of `/ask`: plain data for any renderer. */
export interface AskResult {
  readonly question: string;
  readonly abstained: boolean;
  /** The answer's sentences joined, each followed by its citation number in brackets. */
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

/** Tuning of answer composition. */
export const ANSWER = {
  /** Share of a question's weight the best sentence must cover, or the bot abstains. */
  minCoverage: 0.6,
  /** Further sentences must score this share of the best one. */
  followerShare: 0.85,
  /** Sentences sharing this share of their terms say the same thing. */
  sameThing: 0.5,
  maxSentences: 3,
} as const;

/**
 * Answers a question from the corpus alone: the 1–3 corpus sentences that best cover it, each
 * cited, plus the line that introduces a quoted paragraph ("X said:") so the reader knows who
 * speaks. Abstains, naming the closest articles, when no sentence covers enough of it.
 */
export function ask(knowledge: Knowledge, question: string): AskResult {
  const ranking = rankSentences(knowledge, question);
  const best = ranking.sentences[0];
  if (ranking.empty || !best || best.share < ANSWER.minCoverage) {
    return abstain(
      knowledge,
      question,
      ranking.hits.map((h) => h.passage),
    );
  }
  const chosen: RankedSentence[] = [best];
  for (const candidate of ranking.sentences.slice(1)) {
    if (chosen.length >= ANSWER.maxSentences) break;
    if (candidate.score < best.score * ANSWER.followerShare || candidate.share < ANSWER.minCoverage)
      break;
    if (chosen.some((c) => overlap(c.terms, candidate.terms) >= ANSWER.sameThing)) continue;
    chosen.push(candidate);
  }
  const citations = new CitationList((id) => knowledge.articles.get(id));
  const sentences: AnswerSentence[] = [];
  for (const c of chosen) {
    // A quote reads with the line that introduces it, and an introduction with its quote.
    const group = [leadIn(knowledge, c), c, trail(knowledge, c)].filter(
      (x): x is Located => x !== undefined,
    );
    const fresh = group.filter((g) => !sentences.some((s) => s.text === g.sentence.text));
    if (sentences.length > 0 && sentences.length + fresh.length > ANSWER.maxSentences) continue;
    for (const g of fresh)
      sentences.push({ text: g.sentence.text, citation: citations.cite(g.passage) });
  }
  const list = citations.list();
  return {
    question,
    abstained: false,
    answer: sentences.map((s) => `${s.text} [${s.citation}]`).join(" "),
    sentences,
    citations: list,
    asOf: newestDate(list),
    closest: [],
  };
}

interface Located {
  readonly passage: Passage;
  readonly sentence: Sentence;
}

/** The "X said:" sentence that ends the paragraph before a quoted paragraph, if any. */
function leadIn(knowledge: Knowledge, c: Located): Located | undefined {
  if (c.passage.offset !== 0 || c.sentence.start !== 0 || !/^[“"]/u.test(c.sentence.text))
    return undefined;
  const previous = knowledge.articles.get(c.passage.articleId)?.paragraphs[c.passage.paragraph - 2];
  const sentence = previous?.sentences.at(-1);
  if (!previous || !sentence?.text.endsWith(":")) return undefined;
  return locate(knowledge, c.passage.articleId, previous.number, sentence);
}

/** The quoted sentence that opens the next paragraph after an "X said:" sentence, if any. */
function trail(knowledge: Knowledge, c: Located): Located | undefined {
  if (!c.sentence.text.endsWith(":") || c.sentence.end !== c.passage.text.length) return undefined;
  const next = knowledge.articles.get(c.passage.articleId)?.paragraphs[c.passage.paragraph];
  const sentence = next?.sentences[0];
  if (!next || !sentence || !/^[“"]/u.test(sentence.text)) return undefined;
  return locate(knowledge, c.passage.articleId, next.number, sentence);
}

/** A paragraph's sentence, re-expressed relative to the passage that holds it. */
function locate(
  knowledge: Knowledge,
  articleId: string,
  paragraph: number,
  sentence: Sentence,
): Located | undefined {
  const passage = knowledge.passageAt(articleId, paragraph, sentence.start);
  if (!passage) return undefined;
  return {
    passage,
    sentence: {
      ...sentence,
      start: sentence.start - passage.offset,
      end: sentence.end - passage.offset,
    },
  };
}

function abstain(knowledge: Knowledge, question: string, passages: readonly Passage[]): AskResult {
  const closest: ClosestArticle[] = [];
  for (const passage of passages) {
    const article = knowledge.articles.get(passage.articleId);
    if (!article || closest.some((c) => c.articleId === article.id)) continue;
    closest.push({ articleId: article.id, title: article.title, published: article.published });
    if (closest.length >= 3) break;
  }
  return {
    question,
    abstained: true,
    answer: "The articles do not answer this question.",
    sentences: [],
    citations: [],
    asOf: null,
    closest,
  };
}

/** Share of the smaller set's terms that the other set holds too. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}
