import type { Paragraph } from "../corpus/types.js";
import type { Knowledge } from "../knowledge/knowledge.js";
import { termOf, tokenize } from "../text/tokens.js";
import type { Candidate } from "./candidates.js";
import { PRICE_ASKED, TRADE } from "./measureWords.js";
import { asksForRole, ROLE_WORDS, unqualifiedRole } from "./roleWords.js";
import { IS_MONEY, IS_PERCENT } from "./spanPatterns.js";
import { clauseAt, splitClauses } from "./splitClauses.js";
import type { QuestionKind, UnderstoodQuestion } from "./understandQuestion.js";

/**
 * The fact a question asks for that the candidate's story lacks, though it holds the
 * question's subject: the thing asked for by name ("the verdict", "Wyatt's majority"), a
 * price where the sentence gives only a count ("500 of its software patents"), a role that
 * no one in the story holds unqualified ("the ceo", where it names a vice president), the US
 * where the story never names it.
 */
export interface MissingFact {
  /** Which check: the bench counts refusals by it. */
  readonly check: "asked-noun" | "price" | "story-role" | "story-place";
  /** What the articles lack, in the reader's words ("verdict", "the price paid"). */
  readonly missing: string;
  /** What the story has in its place, as written ("vice president"), when it says so. */
  readonly instead?: string;
}

/** The paragraphs of an article, by id (none when unknown): the story a candidate is from. */
export type StoryOf = (articleId: string) => readonly Paragraph[];

/** {@link StoryOf} over the articles of `knowledge`. */
export const paragraphsOf =
  (knowledge: Pick<Knowledge, "articles">): StoryOf =>
  (articleId) =>
    knowledge.articles.get(articleId)?.paragraphs ?? [];

/**
 * Paragraphs a story must run to before what it lacks tells (the asked noun, the role, the
 * US). A
 * news story of several paragraphs about the subject that never once names the verdict does
 * not report it; a single paragraph often tells a thing without its name (SQuAD's
 * one-paragraph articles: "the goal of Islamist groups" is "seeking to abolish…"), where the
 * asked-noun check refused 8 of 1,500 held-out answers.
 */
const MIN_STORY_PARAGRAPHS = 3;

/**
 * The noun a "what is the N …" or "what was X's N" question asks for by name ("the verdict in
 * the trial", "Derek Wyatt's majority", "the name of Greer's latest book": book): the last
 * word before the phrase that says whose or which.
 */
const ASKED_NOUN =
  /^what(?:\s+(?:is|was|are|were)|['’]?s)\s+(?:the\s+name\s+of\s+)?(?:the\s+|(?:[\p{L}\p{N}-]+\s+){0,2}?[\p{L}\p{N}-]+['’]s\s+)(?:[\p{L}\p{N}-]+\s+){0,2}?([\p{L}-]{3,})(?=\s+(?:of|in|at|for|on|from|by|with|during|after|before)\b|\s*\??\s*$)/iu;

/**
 * Nouns that ask for a telling or a sort, not for a thing reported by that name: "what's the
 * plot of the film" is answered by sentences that tell the plot and never say "plot", "what
 * was the score" by "won 2-1".
 */
const TELLING = new Set(
  "plot story gist point meaning problem matter idea theme message purpose aim difference issue role career job profession occupation term name nickname title result score number total origin origins nature type kind status position philosophy obligation".split(
    " ",
  ),
);

/** Kinds whose asked noun names the thing asked for. */
const NAMED_KINDS: ReadonlySet<QuestionKind> = new Set(["what", "who", "which", "other"]);

/** A participle where the pattern looks for the noun: "the philosophy pioneered by". */
const PARTICIPLE = /[^e]ed$/u;

/**
 * "The us": the country, whose name the question's reading drops as the stop word "us"; a
 * story that never names it is about some other country's economy or market.
 */
const THE_US = /\bthe us\b/iu;
/** The US, as a story names it. */
const US = /\b(?:US|USA|America|Americans?|United States)\b|\bU\.S\.(?!\p{L})/u;

/**
 * The first {@link MissingFact} of the candidate, or null: the noun asked for by name absent
 * from the whole of a story of {@link MIN_STORY_PARAGRAPHS} or more (synonyms and word family
 * included, as the candidate's coverage counts them), a role asked that such a story gives no
 * one unqualified, the US asked of such a story that never names it, or a price asked where
 * the answer the candidate gives is no sum of money.
 */
export function missingFact(
  question: UnderstoodQuestion,
  candidate: Pick<Candidate, "sentence" | "answers" | "carrier" | "inArticle" | "passage">,
  storyOf: StoryOf,
): MissingFact | null {
  const story = storyOf(candidate.passage.articleId);
  const full = story.length >= MIN_STORY_PARAGRAPHS;
  const noun = askedNoun(question);
  if (noun !== null && !((candidate.inArticle[noun] ?? 0) > 0) && full)
    return { check: "asked-noun", missing: question.terms[noun]!.surface };
  const role = full ? roleUnheld(question, story) : null;
  if (role) return role;
  if (full && THE_US.test(question.text) && !story.some((p) => US.test(p.text)))
    return { check: "story-place", missing: "the US" };
  if (PRICE_ASKED.test(question.text) && !statesMoney(candidate))
    return { check: "price", missing: "the price paid" };
  return null;
}

/** The index of the question term a "what is the N" question asks for by name, or null. */
export function askedNoun(question: UnderstoodQuestion): number | null {
  // A figure, a date or a place is told without its noun ("the cost" as "£20m"): only a thing
  // asked for by name is looked for by that name.
  if (!NAMED_KINDS.has(question.kind)) return null;
  const match = ASKED_NOUN.exec(question.text.trim());
  if (!match) return null;
  const word = match[1]!.toLowerCase();
  const at = question.terms.findIndex((t) => t.term === termOf(word));
  // A name is the subject, not the thing asked for.
  if (at < 0 || PARTICIPLE.test(word) || TELLING.has(word) || question.terms[at]!.name) return null;
  return at;
}

/**
 * A role asked ("whos the ceo of ask jeeves") in a story whose every role word is qualified
 * otherwise ("Jim Lanzone, vice president of search properties"): the story names no one in
 * the role asked, so neither "Mr Lanzone said…" nor any other of its sentences answers.
 */
function roleUnheld(question: UnderstoodQuestion, story: readonly Paragraph[]): MissingFact | null {
  const role = unqualifiedRole(
    question.asked,
    story.map((p) => p.text),
  );
  if (role) return { check: "story-role", ...role };
  // A story that names no leader at all ("Shares in Irish oil company Petrel Resources have
  // lost…") says nothing of who runs the firm, whichever of its sentences is chosen. "Head"
  // alone is left out: it qualifies other roles ("head coach") the story may hold.
  if (!asksForRole(question.asked) || story.some((p) => namesRole(p.text))) return null;
  const asked = rolePhrase(question.text);
  return asked === null || asked === "head" ? null : { check: "story-role", missing: asked };
}

/**
 * Other words for whoever leads a body, which a story may use where the question says "chief
 * executive" or "boss" ("the new chair of the Internet Engineering Task Force"): a story
 * holding one may name the leader asked.
 */
const OTHER_LEADERS = "chair director founder governor secretary manager owner coach captain";

/**
 * The terms of every word for a leader's role: compared as stems, "its directors", "bosses"
 * and "chairs" name leaders as their singulars do.
 */
const LEADER_TERMS: ReadonlySet<string> = new Set(
  [...ROLE_WORDS, ...OTHER_LEADERS.split(" ")].flatMap((w) => termOf(w) ?? []),
);

/** Whether the text holds a word for a leader's role. */
function namesRole(text: string): boolean {
  return tokenize(text).some((t) => LEADER_TERMS.has(termOf(t.word) ?? ""));
}

/** The question's first run of role words, as written ("chief executive", "ceo"). */
function rolePhrase(question: string): string | null {
  const words = tokenize(question).map((t) => t.word);
  const start = words.findIndex((w) => ROLE_WORDS.has(w));
  if (start < 0) return null;
  let end = start;
  while (end < words.length && ROLE_WORDS.has(words[end]!)) end++;
  return words.slice(start, end).join(" ");
}

/**
 * Whether the answer the candidate gives (its own, or its carrier's) is money or a share, in
 * a clause with a word of a trade.
 */
function statesMoney(candidate: Pick<Candidate, "sentence" | "answers" | "carrier">): boolean {
  const host = candidate.answers.length > 0 || !candidate.carrier ? candidate : candidate.carrier;
  const clauses = splitClauses(host.sentence.text);
  return host.answers.some((a) => {
    const value = host.sentence.text.slice(a.start, a.end);
    if (!IS_MONEY.test(value) && !IS_PERCENT.test(value)) return false;
    const clause = clauseAt(clauses, a.start);
    return TRADE.test(host.sentence.text.slice(clause.start, clause.end));
  });
}
