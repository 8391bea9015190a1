import type { Knowledge } from "../../src/knowledge/knowledge.js";
import { ANSWERABLE, UNANSWERABLE } from "../../tests/quality/askSet.js";
import { answeringArticles, readBbcQuestions } from "../lib/bbcQuestions.js";
import type { Scale } from "./scaleCorpora.js";

/** A question timed at a scale, with the articles that answer it. */
export interface TimedQuestion {
  readonly question: string;
  /** Ids of the articles (before copying) that answer it; empty when none does. */
  readonly sources: readonly string[];
  /**
   * The sentence a question drawn from the corpus was drawn from: a passage holding it answers
   * too (BBC News holds exact copies of about a hundred articles under other ids).
   */
  readonly sentence?: string;
}

/** A named set of questions timed and scored together: one row of the latency table. */
export interface QuestionSet {
  readonly name: string;
  readonly questions: readonly TimedQuestion[];
}

/** Words of a question drawn from a sentence: enough to name its topic, not the whole of it. */
const DRAWN_WORDS = 12;

/** The id of the article an article of BBC×10 was copied from (`business/001~3` → `business/001`). */
export const originalId = (articleId: string): string => articleId.replace(/~\d+$/u, "");

/**
 * The on-topic questions of a scale: its own questions (the seeds' quality set; the BBC dev
 * set at BBC size and above, when present) and `drawn` questions drawn from the corpus's own
 * sentences. A drawn question is the start of an evenly spread sentence of the original
 * articles (copy 0 at BBC×10, so both BBC scales ask the same), lower-cased, numbers removed
 * (the fact a reader would be asking for), at most {@link DRAWN_WORDS} words; its source is
 * the sentence's article.
 */
export function onTopicQuestions(scale: Scale, knowledge: Knowledge, drawn: number): QuestionSet[] {
  const sets: QuestionSet[] = [];
  if (scale === "seeds") {
    sets.push({
      name: "quality set",
      questions: [
        ...ANSWERABLE.map((c) => ({ question: c.question, sources: c.cites })),
        ...UNANSWERABLE.map((question) => ({ question, sources: [] })),
      ],
    });
  } else {
    const dev = readBbcQuestions();
    if (dev)
      sets.push({
        name: "BBC dev set",
        questions: [
          ...dev.answerable.map((q) => ({ question: q.q, sources: answeringArticles(q) })),
          ...dev.outOfCorpus.map((question) => ({ question, sources: [] })),
        ],
      });
  }
  sets.push({ name: "corpus sentences", questions: drawnQuestions(knowledge, drawn) });
  return sets;
}

function drawnQuestions(knowledge: Knowledge, size: number): TimedQuestion[] {
  const originals = knowledge.passages.filter((p) => !/~[1-9]\d*$/u.test(p.articleId));
  const sentences = originals.flatMap((p) =>
    p.sentences
      .map((s) => ({
        sentence: s.text,
        words: s.text
          .toLowerCase()
          .replace(/[\p{N}][\p{N}.,%]*/gu, " ")
          .split(/\s+/u)
          .filter((w) => /\p{L}/u.test(w)),
      }))
      .filter(({ words }) => words.length >= 6)
      .map(({ sentence, words }) => ({ sentence, words, articleId: originalId(p.articleId) })),
  );
  if (sentences.length === 0) return [];
  const step = sentences.length / Math.min(size, sentences.length);
  return Array.from({ length: Math.min(size, sentences.length) }, (_, i) => {
    const { sentence, words, articleId } = sentences[Math.floor(i * step)]!;
    return {
      question: `${words.slice(0, DRAWN_WORDS).join(" ")}?`,
      sources: [articleId],
      sentence,
    };
  });
}
