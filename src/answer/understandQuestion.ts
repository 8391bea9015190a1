import type { TermStats } from "../search/termStats.js";
import { termOf, tokenize, type Token } from "../text/tokens.js";
import { questionKind, type QuestionKind } from "./questionKind.js";
import { sequelNumbers } from "./sequelNumber.js";
import { wantedAnswer, type WantedAnswer } from "./wantedAnswer.js";

export type { QuestionKind } from "./questionKind.js";

/** A content word of a question. */
export interface QuestionTerm {
  readonly term: string;
  /** The word as typed, for messages. */
  readonly surface: string;
  /** A name or a number: what the question is about, which an answer must not lose. */
  readonly salient: boolean;
  /**
   * A word the corpus writes as a name (capitalised mid-sentence), however it was typed: an
   * article that never uses it is not about what was asked.
   */
  readonly name: boolean;
}

/** What the engine knows about a question once read. */
export interface UnderstoodQuestion {
  /** The question as read (cleaned). */
  readonly text: string;
  readonly kind: QuestionKind;
  /** The sort of name asked for ("which company": an organisation) and whether several. */
  readonly wants: WantedAnswer;
  /** Content terms: stop words and question phrases dropped, duplicates removed. */
  readonly terms: readonly QuestionTerm[];
  /** The terms that say what it is about: its names and rarest words. */
  readonly subject: readonly QuestionTerm[];
  /** The other terms: what is said or asked of the subject ("won", "cost"). */
  readonly predicate: readonly QuestionTerm[];
  /** The question's own words (as `tokenize` reads them): an answer must bring something new. */
  readonly asked: ReadonlySet<string>;
  /**
   * Words in a name's place ("zorblax's chief executive", "when did Zorblax…") that the corpus
   * never uses and spelling could not correct: the question is about something the articles
   * never mention. They are salient, so no sentence that lacks them answers.
   */
  readonly unknown: readonly QuestionTerm[];
  /**
   * Whether the corpus mostly writes a word capitalised, so a sentence's capitalised first
   * word may be a name ("Citadel pulled…") rather than capitalised for opening ("Inflation
   * eased"). Absent without the corpus's statistics: every such word may be a name.
   */
  readonly writtenAsName?: (word: string) => boolean;
}

/**
 * Phrases that frame the question without adding content ("take place", "happen", "what kind
 * of", "the term for"): kept as terms they would demand words no answer needs to repeat.
 */
const FRAMING =
  /\b(take|takes|took|taken|taking) place\b|\b(happen|happens|happened|happening|occur|occurs|occurred|occurring)\b|\b(the )?name of\b|\b(is|was|are|were) called\b|\bdo you know\b|\btell me\b|\b(?:types?|kinds?|sorts?) of\b|\b(?:the|a|another) (?:term|word) (?:used )?(?:for|to describe)\b/giu;

/** Shorter words are not taken for names by the corpus's capitals alone. */
const MIN_NAME_LENGTH = 4;

/**
 * Reads a question: the kind of fact it asks for, its content terms, which of them name its
 * subject (names, numbers and, failing those, its rarest words, by `stats`) and which say
 * what is asked of the subject.
 */
export function understandQuestion(question: string, stats?: TermStats): UnderstoodQuestion {
  const { kind, phrase } = questionKind(question);
  // "which firm": the noun says what to look for, so a which phrase stays content.
  const skip: { start: number; end: number }[] = phrase && kind !== "which" ? [phrase] : [];
  for (const match of question.matchAll(FRAMING))
    skip.push({ start: match.index, end: match.index + match[0].length });
  const seen = new Map<string, QuestionTerm>();
  const unknown = new Set<string>();
  const tokens = tokenize(question);
  const sequel = sequelNumbers(tokens);
  tokens.forEach((token, i) => {
    if (skip.some((s) => token.start >= s.start && token.start < s.end)) return;
    if (sequel.has(i)) return;
    const term = termOf(token.word);
    if (term === null) return;
    const surface = question.slice(token.start, token.start + token.word.length);
    const unknownName =
      stats !== undefined &&
      token.word.length >= MIN_NAME_LENGTH &&
      stats.familyCount(term) === 0 &&
      inNamePlace(question, tokens, i);
    // A capital past the first word marks a name, unless the corpus mostly writes the word in
    // lower case ("the Deputy Secretary" typed for "the deputy secretary").
    const capitalised =
      i > 0 &&
      /^\p{Lu}/u.test(surface) &&
      (stats === undefined || stats.count(term) === 0 || stats.mostlyCapitalised(term));
    const salient = unknownName || /^\p{N}+$/u.test(token.word) || capitalised;
    // Short words ("vs", "uni") are more often abbreviations than names.
    const name = token.word.length >= MIN_NAME_LENGTH && (stats?.nameLike(term) ?? false);
    const known = seen.get(term);
    if (!known || (salient && !known.salient)) seen.set(term, { term, surface, salient, name });
    if (unknownName) unknown.add(term);
  });
  const terms = [...seen.values()];
  const subject = subjectOf(terms, stats);
  return {
    text: question,
    kind,
    wants: wantedAnswer(question),
    terms,
    subject,
    predicate: terms.filter((t) => !subject.includes(t)),
    asked: new Set(tokens.map((t) => t.word)),
    unknown: terms.filter((t) => unknown.has(t.term)),
    ...(stats && { writtenAsName: (word: string) => writtenAsName(word, stats) }),
  };
}

/** A word the corpus never holds may be a name; otherwise one it mostly writes capitalised. */
function writtenAsName(word: string, stats: TermStats): boolean {
  const term = termOf(word.toLowerCase());
  return term === null || stats.count(term) === 0 || stats.mostlyCapitalised(term);
}

/**
 * The auxiliary after which a question names what it is about: "when did zorblax launch".
 * After "has" or "is" the verb may come first ("what has left Afghanistan isolated").
 */
const AUXILIARY = /^(?:does|did|do)$/u;

/**
 * Whether a question word stands where a name stands: possessive ("zorblax's"), capitalised
 * past the first word, the subject right after the opening question word and auxiliary, a
 * modifier between an article and a noun ("the zorblax deal"), or the question's last word
 * after "of" ("the chief executive of zorblax").
 */
function inNamePlace(question: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const end = token.start + token.word.length;
  if (/^['’]s\b/u.test(question.slice(end))) return true;
  if (i > 0 && /^\p{Lu}/u.test(question.slice(token.start))) return true;
  const before = tokens[i - 1]?.word;
  if (before !== undefined && ARTICLE.test(before) && i + 1 < tokens.length) return true;
  if (before === "of" && i === tokens.length - 1) return true;
  return i === 2 && AUXILIARY.test(tokens[1]!.word);
}

/**
 * An article ("the", "a", "an", in any case): what stands between it and a noun modifies the
 * noun, and it is no name itself (a follow-up's new subject may open with one).
 */
export const ARTICLE = /^(?:the|a|an)$/iu;

/** Names and numbers when the question has them, else its rarer half of words. */
function subjectOf(terms: readonly QuestionTerm[], stats?: TermStats): QuestionTerm[] {
  const salient = terms.filter((t) => t.salient);
  if (salient.length > 0 || !stats) return salient;
  const known = terms.filter((t) => stats.familyCount(t.term) > 0);
  const byRarity = [...known].sort((a, b) => stats.count(a.term) - stats.count(b.term));
  return byRarity.slice(0, Math.max(1, Math.ceil(byRarity.length / 2)));
}
