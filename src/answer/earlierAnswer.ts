import type { Passage } from "../corpus/types.js";
import type { Knowledge } from "../knowledge/knowledge.js";
import { abstention, type AskResult } from "./ask.js";
import { answerSpans } from "./answerSpans.js";
import { CitationList, newestDate } from "./citations.js";
import { cleanQuestion } from "./cleanQuestion.js";
import { shortText } from "./composeAnswer.js";
import type { EarlierAnswer } from "./followUp.js";
import { asksDone, hedges } from "./foretold.js";
import { pickShort, SHORT, type ShortOption } from "./pickShort.js";
import { understandQuestion } from "./understandQuestion.js";

/**
 * What a follow-up that leans on a refused question gets: the earlier question had no answer,
 * so "why did they do that?" has no "they" to be read against. Says which question that was
 * and how to ask instead, rather than repeating the refusal as if it were the reply.
 */
export function nothingToBuildOn(question: string, earlier: string): AskResult {
  return abstention(
    question,
    null,
    `The previous question ("${earlier}") had no answer in the articles, so there is nothing ` +
      "for this one to build on. Ask the whole question, naming who or what you mean.",
    [],
  );
}

/**
 * A follow-up answered from the sentences the reader was just shown: "why did they do that?"
 * after "Rates went up five times - as the bank sought to cool the housing market -" is
 * answered by that sentence's reason, which a fresh search for the question may not reach.
 * The sentence whose answer of the asked kind `pickShort` finds surest is cited alone, with
 * that answer in bold; undefined when none holds one (`read`: the follow-up as read against
 * the earlier question).
 */
export function answerFromEarlier(
  knowledge: Knowledge,
  question: string,
  read: string,
  earlier: EarlierAnswer,
): AskResult | undefined {
  if (earlier.abstained || earlier.sentences.length === 0) return undefined;
  const cleaned = cleanQuestion(read, knowledge.stats);
  // "that" in "why did they do that?" is whatever the earlier sentence says was done: the
  // follow-up's own predicate (none there) says what the reason must be the reason for.
  const own = understandQuestion(cleanQuestion(question, knowledge.stats).text, knowledge.stats);
  const understood = {
    ...understandQuestion(cleaned.text, knowledge.stats),
    predicate: own.predicate,
  };
  // The earlier answer's order ranked them for the earlier question, not for this one. A
  // sentence that only foretells or supposes ("analysts forecast the Bank will raise rates")
  // gives no reason for what was done.
  const past = asksDone(read);
  const options: ShortOption[] = earlier.sentences.map(({ text }) => ({
    text,
    answers:
      past && hedges(text)
        ? []
        : answerSpans(text, understood.kind, understood.asked, understood.writtenAsName),
    rank: 0,
  }));
  // The earlier answer already tied these sentences to the subject: any span whose form fits
  // the asked kind will do, the surest first.
  const pick = pickShort(understood, options, { ...SHORT, minScore: ANY_FIT });
  if (!pick || pick.lead) return undefined;
  const { text, articleId, paragraph } = earlier.sentences[pick.option]!;
  const passage = passageOf(knowledge, articleId, paragraph, text);
  if (!passage) return undefined;
  const citations = new CitationList((id) => knowledge.articles.get(id));
  const n = citations.cite(passage);
  const cited = citations.list();
  return {
    question,
    corrected: cleaned.corrected,
    abstained: false,
    short: { text: shortText(text.slice(pick.span.start, pick.span.end)), citation: n },
    answer: `${text} [${n}]`,
    sentences: [{ text, citation: n }],
    citations: cited,
    asOf: newestDate(cited),
    closest: [],
  };
}

/**
 * The passage holding a sentence of an earlier answer, looked up again in the corpus as it is
 * now; undefined when the article or the sentence is gone (the corpus changed meanwhile).
 */
function passageOf(
  knowledge: Knowledge,
  articleId: string,
  paragraph: number,
  text: string,
): Passage | undefined {
  const at = knowledge.articles.get(articleId)?.paragraphs[paragraph - 1]?.text.indexOf(text);
  return at === undefined || at < 0 ? undefined : knowledge.passageAt(articleId, paragraph, at);
}

/** Below any score a span of a fitting form gets (an unfit form scores minus infinity). */
const ANY_FIT = -10;

/** What a result showed the reader, for a follow-up to build on. */
export function earlierAnswerOf(result: AskResult): EarlierAnswer {
  const byNumber = new Map(result.citations.map((c) => [c.n, c]));
  return {
    abstained: result.abstained,
    sentences: result.sentences.flatMap((s) => {
      const citation = byNumber.get(s.citation);
      return citation
        ? [{ text: s.text, articleId: citation.articleId, paragraph: citation.paragraph }]
        : [];
    }),
  };
}
