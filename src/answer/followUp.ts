import { termOf, tokenize } from "../text/tokens.js";
import { ARTICLE } from "./understandQuestion.js";

/** A question as it was asked, and as it was read (a follow-up completed with its subject). */
export interface AskedQuestion {
  readonly asked: string;
  readonly read: string;
  /**
   * What the reader was shown for it: whether it was refused, and the cited sentences. A
   * follow-up that leans on it builds on these ("why did they do that?" after an answer whose
   * sentence gives the reason), and on nothing after a refusal.
   */
  readonly answer?: EarlierAnswer;
}

/**
 * The answer a question got, as a follow-up may build on it: each cited sentence with the
 * paragraph it came from (not the citation's passage text: a Discord thread keeps this for a
 * day, so it is kept small, and the passage is found again in the corpus when it is used).
 */
export interface EarlierAnswer {
  readonly abstained: boolean;
  readonly sentences: readonly {
    readonly text: string;
    readonly articleId: string;
    readonly paragraph: number;
  }[];
}

/** How a question is to be answered: what to answer, and the earlier question it leans on. */
export interface QuestionReading {
  readonly asked: string;
  readonly read: string;
  /** The earlier question, as it was asked, that this one was read against; null if none. */
  readonly readAgainst: string | null;
  /**
   * The follow-up named a subject of its own that took the earlier one's place ("and of
   * gazprom?"): it asks the earlier question anew and builds on nothing of its answer.
   */
  readonly newSubject: boolean;
}

/**
 * Words that point back at something named before. Personal pronouns need an antecedent;
 * demonstratives and "there"/"then" often have one in the question itself ("the firm that…"),
 * so they count only in a question with almost nothing of its own.
 */
const PERSONAL =
  /^(he|she|it|they|him|her|them|his|hers|its|their|theirs|he's|she's|it's|they're|they've|they'd)$/iu;
const DEMONSTRATIVE = /^(this|that|these|those|there|then|so)$/iu;

/** An elliptical question: it goes on from the last one ("and Airbus?", "what about Spain?"). */
const ELLIPSIS = /^\s*(?:and|but|also|(?:what|how)\s+about|what\s+of)\b[\s,]*/iu;

/**
 * Verbs that carry no subject of their own: "why did they do that?", "what did he say?". Terms
 * as `termOf` makes them.
 */
const LIGHT = new Set(["happen", "sai", "done", "react", "respond", "mean", "think", "caus"]);

/**
 * The question phrase a question opens with ("why did", "how many", "when and where did"), so
 * what is left is its subject and predicate.
 */
const QUESTION_LEAD =
  /^\s*(?:(?:and|but|so|also)\s+)?(?:what|who|whom|whose|when|where|why|which|how)(?:\s+(?:many|much|long|often|far|old|big))?(?:\s*(?:,|and|or)\s*(?:what|who|when|where|why|how))*(?:\s+(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|may|might))?\s+/iu;

/** What joins a follow-up to the subject it was read against. */
const JOIN = " — ";

/**
 * Whether `question` leans on an earlier one: it opens elliptically ("and when?", "what about
 * Airbus?"), or points back with a pronoun and names nothing of its own ("why did they do
 * that?"), or has no content word at all beyond a light verb ("when?", "where did it happen?").
 * A question that names something (a capitalised word past the first, a number) or has a
 * subject of its own is read on its own.
 */
export function isFollowUp(question: string): boolean {
  if (ELLIPSIS.test(question)) return true;
  const tokens = tokenize(question);
  let personal = false;
  let demonstrative = false;
  let named = false;
  let content = 0;
  tokens.forEach((token, i) => {
    const surface = question.slice(token.start, token.start + token.word.length);
    if (PERSONAL.test(token.word)) personal = true;
    else if (DEMONSTRATIVE.test(token.word)) demonstrative = true;
    if (/^\p{N}/u.test(token.word) || (i > 0 && /^\p{Lu}/u.test(surface) && surface !== "I"))
      named = true;
    const term = termOf(token.word);
    if (term !== null && !LIGHT.has(term)) content++;
  });
  if (named) return false;
  if (content === 0) return true;
  return personal || (demonstrative && content <= 1);
}

/**
 * Reads `question` after `previous` (the last question of the same conversation): a follow-up
 * is completed with the earlier question's subject, so "why did they do that?" after "Who was
 * the first country to recognize the Taliban?" is answered as "why did they do that — the
 * first country to recognize the Taliban?". An elliptical question that names a new subject
 * asks the earlier question of it instead: "and Airbus?" after "how much did Ryanair pay for
 * Boeing jets?" is read as "how much did Ryanair pay for Airbus jets?", "and of gazprom?"
 * after "who is the chief executive of yukos" as "who is the chief executive of gazprom?"
 * (`isName` says which lower-case words the corpus writes as names). Other elliptical
 * questions keep the earlier one whole ("and when?" → "… — when?"). Any other question is
 * read as it is.
 */
export function readFollowUp(
  question: string,
  previous: AskedQuestion | null | undefined,
  isName: (word: string) => boolean = () => false,
): QuestionReading {
  const alone = { asked: question, read: question, readAgainst: null, newSubject: false };
  if (!previous || !isFollowUp(question)) return alone;
  const own = withoutEnd(question);
  const ellipsis = ELLIPSIS.exec(own);
  const earlier = withoutEnd(previous.read);
  const replaced = ellipsis ? withNewSubject(earlier, own.slice(ellipsis[0].length), isName) : null;
  let read: string;
  if (replaced !== null) read = `${replaced}?`;
  else if (ellipsis) read = `${earlier}${JOIN}${own.slice(ellipsis[0].length)}?`;
  else read = `${own}${JOIN}${subjectOf(previous.read)}?`;
  return { asked: question, read, readAgainst: previous.asked, newSubject: replaced !== null };
}

/** A preposition that may open an elliptical question's new subject ("and of gazprom?"). */
const PREPOSITION = /^(?:of|for|in|at|on|from|with|by|to|about)$/iu;

/**
 * The earlier question with its subject replaced by an elliptical question's (`rest`: "of
 * gazprom", "in 2004", "Airbus"), or null when `rest` is not a bare name of one to three words
 * (an article aside). A new subject after a preposition takes the place of what follows the
 * same preposition in the earlier question ("in 2005" gives way to "in 2004"): the name run
 * there, or else all up to the next preposition. Failing that, the earlier question's last
 * name (a capitalised word past the first, or a word `isName` knows) gives way.
 */
function withNewSubject(
  earlier: string,
  rest: string,
  isName: (word: string) => boolean,
): string | null {
  const words = tokenize(rest);
  const lead = words[0] && PREPOSITION.test(words[0].word) ? words[0] : undefined;
  const after = lead ? words.slice(1) : words;
  const name = after.filter((t) => !ARTICLE.test(t.word));
  if (name.length === 0 || name.length > 3 || name.some((t) => termOf(t.word) === null))
    return null;
  const subject = rest.slice(after[0]!.start).trim();
  const tokens = tokenize(earlier);
  const named = (i: number): boolean => {
    const token = tokens[i]!;
    const surface = earlier.slice(token.start, token.start + token.word.length);
    return (i > 0 && /^\p{Lu}/u.test(surface)) || isName(token.word);
  };
  const replace = (first: number, last: number): string =>
    `${earlier.slice(0, tokens[first]!.start)}${subject}${earlier.slice(tokens[last]!.start + tokens[last]!.word.length)}`;
  const at = lead ? tokens.findLastIndex((t) => t.word === lead.word) : -1;
  if (at >= 0 && at < tokens.length - 1) {
    let last = at + 1;
    const run = named(last);
    while (
      last + 1 < tokens.length &&
      (run ? named(last + 1) : !PREPOSITION.test(tokens[last + 1]!.word))
    )
      last++;
    return replace(at + 1, last);
  }
  let last = tokens.length - 1;
  while (last > 0 && !named(last)) last--;
  if (last === 0) return null;
  let first = last;
  while (first > 1 && named(first - 1)) first--;
  return replace(first, last);
}

/** The question's end punctuation and spaces removed. */
function withoutEnd(question: string): string {
  return question.replace(/[\s?!.]+$/u, "");
}

/**
 * What an earlier question was about: the question without its opening question phrase. Of an
 * earlier follow-up, its own part and the first question's subject only, so a long
 * conversation keeps its subject without growing the question.
 */
function subjectOf(read: string): string {
  const parts = withoutEnd(read).split(JOIN);
  const kept = parts.length > 2 ? [parts[0]!, parts.at(-1)!] : parts;
  return kept.map((part) => part.replace(QUESTION_LEAD, "")).join(JOIN);
}
