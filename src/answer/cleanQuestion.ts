import type { TermStats } from "../search/termStats.js";
import { STOP_WORDS } from "../text/stopwords.js";
import { FAMILY_LENGTH, termOf } from "../text/tokens.js";
import { capitaliseTheUs, expandShorthand } from "./chatShorthand.js";

/** A question as typed, made ready for retrieval. */
export interface CleanQuestion {
  /** The text searched for: no mentions, links, emoji or Markdown; misspellings corrected. */
  readonly text: string;
  /** The corrected question, to show as "Showing results for …"; null when none was fixed. */
  readonly corrected: string | null;
}

/** Discord's mention, channel, role, emoji and timestamp syntax, and bare @everyone/@here. */
const DISCORD_SYNTAX = /<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|<t:\d+(?::\w)?>|@(?:everyone|here)\b/gu;
const LINK = /\b(?:https?:\/\/|www\.)\S+/giu;
/** Markdown marks: emphasis, strike, spoiler, code, quote and heading markers, masked links. */
const MARKDOWN = /[*_~`|]+|^\s*(?:>+|#+)\s*/gmu;
const LETTERS = "abcdefghijklmnopqrstuvwxyz";
/** Shorter words are left alone: one edit turns them into too many other words. */
const MIN_CORRECTED_LENGTH = 4;
/**
 * Longer words, and words past this many unknown ones, are not looked up: each lookup stems
 * about 54 variants per letter, and pasted garbage must not cost more than a real question.
 */
const MAX_CORRECTED_LENGTH = 20;
const MAX_LOOKUPS = 6;

/**
 * Strips what is not the question (mentions, links, custom emoji, Markdown), writes out chat
 * shorthand ("govt" → "government") and corrects words the corpus never uses to the most
 * frequent corpus word one edit away ("rusia" → "russia").
 * A word with no such neighbour is kept: it may be a name the corpus lacks, which must stay
 * visible so the bot can abstain on it.
 */
export function cleanQuestion(question: string, stats: TermStats): CleanQuestion {
  const stripped = capitaliseTheUs(question)
    .replace(DISCORD_SYNTAX, " ")
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, "$1")
    .replace(LINK, " ")
    .replace(MARKDOWN, "")
    .replace(/\s+/gu, " ")
    .trim();
  let changed = false;
  let lookups = 0;
  const text = stripped.replace(/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu, (word) => {
    const expanded = expandShorthand(word, stats);
    if (expanded !== null) {
      changed = true;
      return expanded;
    }
    // A number, or a code with digits ("q4", "737"), is never a misspelling of a word.
    if (/\p{N}/u.test(word)) return word;
    if (lookups >= MAX_LOOKUPS || word.length > MAX_CORRECTED_LENGTH) return word;
    const term = termOf(word);
    if (term === null || stats.count(term) > 0) return word;
    lookups++;
    const fixed = correctWord(word, stats);
    if (fixed === word) return word;
    changed = true;
    return fixed;
  });
  return { text, corrected: changed ? text : null };
}

/** The word itself when the corpus knows it, else its most frequent known neighbour. */
export function correctWord(word: string, stats: TermStats): string {
  const lower = word.toLowerCase();
  if (lower.length < MIN_CORRECTED_LENGTH || /['’]/u.test(lower)) return word;
  const own = termOf(lower);
  // Known by its own stem: a word of the corpus. Known only by family ("recogniton" shares
  // "recogn-" with "recognition"), it is corrected when a word one edit away is known.
  if (own === null || stats.count(own) > 0) return word;
  let best = word;
  let bestCount = 0;
  // Edits past the first letters keep the word's own prefix: when no family starts with it,
  // none of them can be a corpus word.
  const last = stats.familyCount(lower.slice(0, FAMILY_LENGTH)) > 0 ? lower.length : FAMILY_LENGTH;
  for (const candidate of oneEditAway(lower, last)) {
    // One edit from a stop word ("whats", "wasnt") is a casual spelling of it: leave it.
    if (STOP_WORDS.has(candidate)) return word;
    // Stemming is the costly step: a variant whose first letters start no corpus word family
    // cannot be one (stems keep a long word's first letters).
    if (stats.familyCount(candidate.slice(0, FAMILY_LENGTH)) === 0) continue;
    const term = termOf(candidate);
    if (term === null) continue;
    const count = stats.count(term);
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Every string one deletion, transposition, substitution or insertion away from `word`, at
 * positions up to `last`.
 */
function* oneEditAway(word: string, last: number): Generator<string> {
  for (let i = 0; i <= Math.min(word.length, last); i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail.length > 0) yield head + tail.slice(1);
    if (tail.length > 1) yield head + tail[1]! + tail[0]! + tail.slice(2);
    for (const letter of LETTERS) {
      if (tail.length > 0 && letter !== tail[0]) yield head + letter + tail.slice(1);
      yield head + letter + tail;
    }
  }
}
