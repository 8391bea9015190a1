/**
 * The spans that answer a "what" question of a form its words say: what something was called
 * ("what was the customs operation called" → "Operation Buccaneer", "what nickname did he
 * have" → "the General"), a score ("by what score did wales beat italy" → "38-8"), a ranking
 * ("whats her world ranking" → "134"), or what someone did to something ("what did the tories
 * want added" → "a sunset clause"). Other "what" questions have no span form: no short answer.
 */
import type { Span } from "../corpus/types.js";
import { isFunctionWord } from "../quotes/nameLexicon.js";
import { termOf, tokenize, type Token } from "../text/tokens.js";
import { NAME } from "./spanPatterns.js";

/** Finds the answer spans of one form in a sentence. */
export type SpanFinder = (text: string) => Span[];

/** A question asking what something is called. */
const ASKS_NAME =
  /\b(?:called|named|nicknamed?|known as|dubbed|(?:real |full |code[- ]?)?name)\b/iu;
/** A question asking for a score. */
const ASKS_SCORE = /\b(?:score|scoreline|result)\b/iu;
/** A question asking for a place in a ranking. */
const ASKS_RANK = /\b(?:rank(?:ed|ing|ings)?|seed(?:ed|ing)?|position)\b/iu;
/** "what did the tories want added", "what has apple launched": the doer and verb follow. */
const ASKS_DONE = /^\s*what (?:did|does|do|has|have|had|will) (.+)$/iu;

/**
 * A quoted phrase of one to six words: a nickname, a title, a slogan. The marks stand outside
 * words, so the apostrophes of "Labour's plan isn't" quote nothing.
 */
const QUOTED = /(?<!\p{L})["“‘']([^"“”‘’']{2,60})["”’'](?!\p{L})/gu;
/** A score: "38-8", "2-6 6-3 6-0", "11-9". */
const SCORE = /\b\d{1,3}-\d{1,3}(?:,? \d{1,2}-\d{1,2}){0,4}(?: \(\d{1,2}-\d{1,2}\))?/gu;
/** A place in a ranking: "ranked 134", "number two", "No 2", "second in the world". */
const RANK =
  /\b(?:ranked|number|No\.?)\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b|\b(\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b(?= (?:in the|place|seed|on the))/giu;

/** Whether a question asks what something is called: a name holding its noun answers best. */
export const asksName = (question: string): boolean => ASKS_NAME.test(question);

/** The span finder a "what" question's words call for, or undefined when none does. */
export function whatSpans(question: string, asked: ReadonlySet<string>): SpanFinder | undefined {
  const fresh = (value: string): boolean =>
    tokenize(value).some((t) => !asked.has(t.word) && !isFunctionWord(t.word));
  if (ASKS_NAME.test(question)) return (text) => namesIn(text, asked, fresh);
  if (ASKS_SCORE.test(question)) return (text) => matches(text, SCORE, fresh);
  if (ASKS_RANK.test(question)) return rankSpans;
  const done = ASKS_DONE.exec(question);
  if (!done) return undefined;
  const verbs = verbsOf(tokenize(done[1]!).map((t) => t.word));
  return verbs.length > 0 ? (text) => verbs.flatMap((v) => objectsOf(text, v, fresh)) : undefined;
}

function matches(text: string, pattern: RegExp, fresh: (s: string) => boolean): Span[] {
  return [...text.matchAll(pattern)]
    .filter((m) => fresh(m[0]))
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * What a thing is called: a quoted phrase of a few words, or a name the question does not
 * hold, first one holding the question's own noun ("Operation Buccaneer" for "the customs
 * operation").
 */
function namesIn(text: string, asked: ReadonlySet<string>, fresh: (s: string) => boolean): Span[] {
  const quoted = [...text.matchAll(QUOTED)]
    .filter((m) => m[1]!.split(/\s+/u).length <= 6 && fresh(m[1]!))
    .map((m) => ({ start: m.index + 1, end: m.index + 1 + m[1]!.length }));
  const opening = text.search(/\p{L}/u);
  const names = [...text.matchAll(NAME)]
    .filter((m) => m.index > opening && fresh(m[0]))
    // A sentence's full stop and a possessive are no part of the name.
    .map((m) => ({
      start: m.index,
      end: m.index + m[0].replace(/(?<=\p{Ll}{2})\.$/u, "").replace(/['’]s?$/u, "").length,
    }));
  const holdsAsked = (s: Span): boolean =>
    tokenize(text.slice(s.start, s.end)).some((t) => asked.has(t.word));
  return [...names.filter(holdsAsked), ...quoted, ...names.filter((s) => !holdsAsked(s))];
}

/** Places in a ranking: "ranked 134", "number two", "second in the world". */
export function rankSpans(text: string): Span[] {
  return [...text.matchAll(RANK)].map((m) => {
    const value = m[1] ?? m[2]!;
    const start = m.index + m[0].indexOf(value);
    return { start, end: start + value.length };
  });
}

/**
 * Prepositions that follow the verb of "what did X <verb> …". Not "of", which more often joins
 * the doer's own name ("the bank of england").
 */
const AFTER_VERB =
  /^(?:to|in|on|at|for|from|by|with|about|into|over|against|during|after|before)$/u;
/** "What did X do (to Y)": an action is asked, which no span of one form answers. */
const ASKS_ACTION = /^(?:do|doing|done)$/u;

/**
 * The terms of the words that may be the verb of "what did <doer> <verb> …" (`words`, after
 * "did"): the word before the first preposition or the end ("what did his old strat go for"),
 * and the word before a participle ("what did the tories want added to the bill").
 */
function verbsOf(words: readonly string[]): string[] {
  if (words.some((w) => ASKS_ACTION.test(w))) return [];
  let end = words.findIndex((w, i) => i > 0 && AFTER_VERB.test(w));
  if (end < 0) end = words.length;
  const at = new Set([end - 1]);
  for (let i = 2; i < end; i++) if (/\p{L}{2,}ed$/u.test(words[i]!)) at.add(i - 1);
  return [...at].flatMap((i) => {
    const word = words[i];
    return i > 0 && word && !isFunctionWord(word) && !LIGHT_VERB.test(word)
      ? (termOf(word) ?? [])
      : [];
  });
}

/** Verbs whose object is seldom what is asked: "what did the painting go for" asks a price. */
const LIGHT_VERB = /^(?:go|get|do|be|have|make|come|say|think|mean)$/u;

/** Words that end a noun phrase: a preposition or other function word. */
const PHRASE_END =
  /^(?:to|that|which|who|in|on|at|for|from|by|with|of|and|but|or|as|down|up|out|off|away|back|s|is|are|was|were|be|been|has|have|had|will|would|said|says)$/iu;

/**
 * A verb's participle by form ("inserted", "raising"): a stem of three letters or more holding a
 * vowel, so "thing", "need" and "red" are none. Nouns share the form ("building", "funding"),
 * so one ends the phrase only after its head noun (see `endsPhrase`).
 */
const PARTICIPLE = /^\p{L}*[aeiouy]\p{L}*(?<=\p{L}{3})(?:ed|ing)$/iu;

/**
 * Words after which a noun, not a participle, comes: the question's verb itself, a determiner
 * or number ("a hundred", "more funding"), an adjective ("a new building", "a famous painting").
 */
const BEFORE_NOUN =
  /^(?:a|an|the|its|his|her|their|our|my|your|this|that|these|those|some|any|no|more|most|much|many|less|few|several|new|old|big|small|large|great|high|low|long|short|full|free|own|first|last|next|other|extra|further|huge|whole|top|key|main|fresh|better|best|\p{N}[\p{N},.]*|\p{L}+(?:ous|ful|less|able|ible))$/iu;

/**
 * Whether the phrase after the verb ends before token `j` (`i`: the verb): at a function word,
 * or at a participle that follows the phrase's head noun ("a sunset clause inserted").
 */
function endsPhrase(tokens: readonly Token[], i: number, j: number): boolean {
  const word = tokens[j]!.word;
  if (PHRASE_END.test(word)) return true;
  return PARTICIPLE.test(word) && j - 1 > i && !BEFORE_NOUN.test(tokens[j - 1]!.word);
}

/**
 * The noun phrase after the question's verb ("wanted a sunset clause inserted" → "a sunset
 * clause"): up to four words, ending before a participle, a preposition or punctuation.
 */
function objectsOf(text: string, verb: string, fresh: (s: string) => boolean): Span[] {
  const tokens = tokenize(text);
  const out: Span[] = [];
  tokens.forEach((token, i) => {
    // A verb is written in lower case: "Chancellor Gordon Brown" holds no verb "chancellor".
    if (termOf(token.word) !== verb || !/^\p{Ll}/u.test(text.slice(token.start))) return;
    let last = i;
    for (let j = i + 1; j < Math.min(tokens.length, i + 5); j++) {
      const between = text.slice(
        tokens[j - 1]!.start + tokens[j - 1]!.word.length,
        tokens[j]!.start,
      );
      if (/[^\s]/u.test(between) || endsPhrase(tokens, i, j)) break;
      last = j;
    }
    if (last === i) return;
    const span = {
      start: tokens[i + 1]!.start,
      end: tokens[last]!.start + tokens[last]!.word.length,
    };
    if (fresh(text.slice(span.start, span.end))) out.push(span);
  });
  return out;
}
