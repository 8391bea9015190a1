import type { Knowledge } from "../knowledge/knowledge.js";
import { truncate } from "../text/truncate.js";
import type { Located } from "./candidates.js";
import { CitationList, newestDate } from "./citations.js";
import { locate } from "./locate.js";
import type { Citation } from "./citation.js";
import { answerSpans } from "./answerSpans.js";
import { pickShort, SHORT, type ShortOption, type ShortWeights } from "./pickShort.js";
import type { RankedCandidate } from "./rankSentences.js";
import type { UnderstoodQuestion } from "./understandQuestion.js";

/** Tuning of answer composition. */
export const COMPOSE = {
  /** Further sentences must score this share of the best one. */
  followerShare: 0.8,
  /** Sentences sharing this share of their terms say the same thing. */
  sameThing: 0.5,
  maxSentences: 3,
  /** A short answer longer than this is cut at a word. */
  maxShort: 120,
} as const;

/** A sentence of an answer and the citation that supports it. */
export interface AnswerSentence {
  readonly text: string;
  readonly citation: number;
}

/** The fact itself, taken from a cited sentence. */
export interface ShortAnswer {
  readonly text: string;
  readonly citation: number;
}

/** A composed answer. */
export interface Composed {
  readonly short: ShortAnswer | null;
  readonly sentences: readonly AnswerSentence[];
  readonly citations: readonly Citation[];
  readonly asOf: string | null;
}

/**
 * The cited sentences (the best one, the neighbour holding an answer of the asked kind when it
 * holds none itself, a quote's introduction, and close runners-up that add something) and the
 * short answer: the name, number, date, place or reason asked for, from the cited sentence
 * that states it best (see `pickShort`), or none when no sentence states it surely enough.
 */
export function composeAnswer(
  knowledge: Knowledge,
  question: UnderstoodQuestion,
  ranked: readonly RankedCandidate[],
  weights: ShortWeights = SHORT,
): Composed {
  const best = ranked[0]!;
  const chosen: Located[] = [best];
  const carrier = best.answers.length === 0 ? best.carrier : undefined;
  if (carrier) chosen.push(carrier);
  const kept: (readonly string[])[] = [best.terms];
  for (const c of ranked.slice(1)) {
    if (chosen.length >= COMPOSE.maxSentences || c.score < best.score * COMPOSE.followerShare)
      break;
    if (kept.some((terms) => overlap(terms, c.terms) >= COMPOSE.sameThing)) continue;
    kept.push(c.terms);
    chosen.push(c);
  }
  const citations = new CitationList((id) => knowledge.articles.get(id));
  const sentences: AnswerSentence[] = [];
  // Each cited sentence is a short-answer option; a lead-in ranks with the quote it opens.
  const options: ShortOption[] = [];
  chosen.forEach((c, rank) => {
    // A quote reads with the line that introduces it, and an introduction with its quote.
    const group = [leadIn(knowledge, c), c, trail(knowledge, c)].filter(
      (x): x is Located => x !== undefined,
    );
    const fresh = group.filter((g) => !sentences.some((s) => s.text === g.sentence.text));
    if (sentences.length > 0 && sentences.length + fresh.length > COMPOSE.maxSentences + 1) return;
    for (const g of fresh) {
      sentences.push({ text: g.sentence.text, citation: citations.cite(g.passage) });
      const text = g.sentence.text;
      const answers = answerSpans(text, question.kind, question.asked, question.writtenAsName);
      // The carrier ranks with the best sentence whose fact it holds.
      const option = { text, answers, rank: carrier && rank > 0 ? rank - 1 : rank };
      options.push(g === carrier ? { ...option, continues: best.sentence.text } : option);
    }
  });
  const pick = pickShort(question, options, weights);
  const short: ShortAnswer | null = pick
    ? {
        text:
          (pick.lead ? `${pick.lead}: ` : "") +
          shortText(options[pick.option]!.text.slice(pick.span.start, pick.span.end)),
        citation: sentences[pick.option]!.citation,
      }
    : null;
  const list = citations.list();
  return { short, sentences, citations: list, asOf: newestDate(list) };
}

/**
 * A span as the short answer shows it: no trailing punctuation, and at most
 * `COMPOSE.maxShort` characters, cut at a word where it can be (`truncate` handles a span
 * with no space in reach).
 */
export function shortText(span: string): string {
  return truncate(span.replace(/[\s,;:]+$/u, ""), COMPOSE.maxShort);
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

/** Share of the smaller list's terms that the other holds too. */
function overlap(a: readonly string[], b: readonly string[]): number {
  const set = new Set(a);
  let shared = 0;
  for (const term of new Set(b)) if (set.has(term)) shared++;
  return shared / Math.max(1, Math.min(set.size, new Set(b).size));
}
