import type { Span } from "../corpus/types.js";
import type { Knowledge } from "../knowledge/knowledge.js";
import { termOf, tokenize } from "../text/tokens.js";
import { answerSpans } from "./answerSpans.js";
import type { Located } from "./candidates.js";
import { locate } from "./locate.js";
import type { RankedCandidate } from "./rankSentences.js";
import { NOT_NAMES } from "./spanPatterns.js";
import type { UnderstoodQuestion } from "./understandQuestion.js";

/**
 * Whether a name span restates the question's own subject: one of its words is a name the
 * question gives (`names`: the terms of the question's words the corpus writes as names) —
 * "Venus Williams" for "who knocked venus out", "Hyderabad Open" for "who did she beat in the
 * hyderabad final". A who, which or where question asks for another name than the one it
 * names itself. A common noun of the question does not count: "Tropical Storm Beryl" answers
 * "what storm", "Lake Constance" "which lake".
 */
export function restatesQuestion(text: string, span: Span, names: ReadonlySet<string>): boolean {
  return tokenize(text.slice(span.start, span.end)).some((t) =>
    names.has(termOf(t.word) ?? t.word),
  );
}

/**
 * The terms a restating span may share with the question: its names (words the corpus writes
 * as names, and salient terms) and, in a who-question, its subject terms too (its rarest
 * words: "venus", typed in lower case, whose term the corpus shares with "venue"), for the
 * person asked for is another. Not a who-question's verb ("who works…" may be answered by the
 * "Working Time Directive"), nor the head noun a which or where question often shares with its
 * answer's name ("which lake": "Lake Constance").
 */
function namesOf(question: UnderstoodQuestion): ReadonlySet<string> {
  const names = new Set(question.terms.filter((t) => t.name || t.salient).map((t) => t.term));
  const written = question.writtenAsName;
  if (written)
    for (const t of question.terms)
      if (t.term.length >= MIN_NAME && written(t.surface)) names.add(t.term);
  if (question.kind === "who")
    for (const t of question.subject)
      if (!NOT_NAMES.has(t.surface.toLowerCase())) names.add(t.term);
  return names;
}

/** Shorter terms ("eu") are left to the corpus's own name marks. */
const MIN_NAME = 3;

/** The answers of a sentence that are not the question's own names. */
function freshAnswers(
  question: UnderstoodQuestion,
  text: string,
  answers: readonly Span[],
): readonly Span[] {
  const names = namesOf(question);
  return answers.filter((a) => !restatesQuestion(text, a, names));
}

/** Words by which a sentence refers back to one before it. */
const BACK = new Set(["he", "she", "his", "her", "him", "they", "their", "them", "it", "its"]);

/**
 * Whether the next paragraph's first sentence goes on with the story the top sentence told:
 * it holds a word of the question, refers back by a pronoun ("Sylvia Farina Elia, who had
 * lost all nine of her previous meetings…"), or opens on a definite description, the way news
 * writing names its subject again ("The Liberal Democrat leader will visit…"). A paragraph
 * that turns to another match ("Meanwhile Federer beat…") does none of these, and its names
 * answer nothing asked.
 */
function goesOn(question: UnderstoodQuestion, text: string): boolean {
  const asked = new Set(question.terms.map((t) => t.term));
  const words = tokenize(text);
  return (
    words[0]?.word.toLowerCase() === "the" ||
    words.some((t) => BACK.has(t.word.toLowerCase()) || asked.has(termOf(t.word) ?? t.word))
  );
}

/**
 * The sentence after `c` in its article: in its paragraph, or the next paragraph's first when
 * it goes on with the story (see `goesOn`).
 */
function nextSentence(
  knowledge: Knowledge,
  question: UnderstoodQuestion,
  c: Located,
): Located | undefined {
  const article = knowledge.articles.get(c.passage.articleId);
  const paragraph = article?.paragraphs[c.passage.paragraph - 1];
  if (!article || !paragraph) return undefined;
  const at = c.passage.offset + c.sentence.start;
  const here = paragraph.sentences.findIndex((s) => s.start === at);
  const [number, sentence] =
    here >= 0 && here + 1 < paragraph.sentences.length
      ? [paragraph.number, paragraph.sentences[here + 1]]
      : [paragraph.number + 1, article.paragraphs[paragraph.number]?.sentences[0]];
  if (!sentence) return undefined;
  if (number !== paragraph.number && !goesOn(question, sentence.text)) return undefined;
  return locate(knowledge, article.id, number, sentence);
}

/**
 * The within-story re-choice, after the ranking: when every name the top sentence offers a
 * who, which or where question is the question's own (news leads restate the subject: "Venus
 * Williams suffered a first-round defeat…"), the answer is read from the sentence that
 * follows, where news writing gives the detail the lead withholds ("Sylvia Farina Elia … won
 * 7-5 7-6"): the top stays, with that sentence as the neighbour carrying its answer, so both
 * are cited and the short answer comes from the second. Otherwise the ranking stands.
 * (Promoting instead a lower-ranked sentence of the same story that names someone else, within
 * 1 point of the top, was measured: no dev question gained and 4 SQuAD held-out answers were
 * lost, "Tropical Storm Beryl" and "Lake Constance" among them.)
 */
export function rechooseInStory(
  knowledge: Knowledge,
  question: UnderstoodQuestion,
  ranked: readonly RankedCandidate[],
): readonly RankedCandidate[] {
  const top = ranked[0];
  if (!top || !(question.kind === "who" || question.kind === "which" || question.kind === "where"))
    return ranked;
  if (top.answers.length === 0) return ranked;
  if (freshAnswers(question, top.sentence.text, top.answers).length > 0) return ranked;
  const next = nextSentence(knowledge, question, top);
  if (!next) return ranked;
  const found = freshAnswers(
    question,
    next.sentence.text,
    answerSpans(next.sentence.text, question.kind, question.asked, question.writtenAsName),
  );
  if (found.length === 0) return ranked;
  const read: RankedCandidate = {
    ...top,
    answers: [],
    carrier: { ...next, answers: found },
    features: { ...top.features, typed: 0.5 },
  };
  return [read, ...ranked.slice(1)];
}
