import type { Sentence } from "../corpus/types.js";

/**
 * Abbreviations that end in a full stop without ending a sentence: titles, honorifics and
 * the like. Lower-case, without the dot.
 */
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sr",
  "jr",
  "st",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "cmdr",
  "sgt",
  "adm",
  "gov",
  "sen",
  "rep",
  "rev",
  "hon",
  "pres",
  "supt",
  "insp",
  "det",
  "no",
  "vs",
  "etc",
  "inc",
  "ltd",
  "co",
  "corp",
  "dept",
  "univ",
  "approx",
  "est",
  "fig",
  "vol",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "mt",
  "ft",
  "e.g",
  "i.e",
]);

/** Words that, capitalised after an acronym such as "U.S.", show that a new sentence began. */
const SENTENCE_STARTERS = new Set([
  "the",
  "a",
  "an",
  "he",
  "she",
  "it",
  "they",
  "we",
  "i",
  "this",
  "that",
  "these",
  "those",
  "but",
  "and",
  "in",
  "on",
  "at",
  "after",
  "before",
  "however",
  "his",
  "her",
  "their",
  "its",
  "there",
  "as",
  "when",
  "while",
  "since",
  "if",
  "some",
  "many",
  "most",
  "officials",
]);

const OPENERS = `"'“‘([`;
const CLOSERS = `"'”’)]`;

/**
 * Splits a paragraph into sentences. A sentence ends at `.`, `!`, `?` or `…` (with any closing
 * quotation marks or brackets after it) when the next word starts a new sentence: an upper-case
 * letter, a digit or an opening quotation mark. A full stop after a known abbreviation ("Mr.")
 * or a single initial does not end a sentence; one after a dotted acronym ("U.S.") does only
 * when the next word is a typical sentence opener.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = skipSpace(text, 0);
  for (let i = start; i < text.length; i++) {
    const ch = text[i]!;
    if (!".!?…".includes(ch)) continue;
    let end = i + 1;
    while (end < text.length && ".!?…".includes(text[end]!)) end++;
    while (end < text.length && CLOSERS.includes(text[end]!)) end++;
    const next = skipSpace(text, end);
    if (next >= text.length) break;
    // No space after the mark: only an opening quote can start a sentence without one.
    if (next === end && !OPENERS.includes(text[next]!)) continue;
    if (!startsSentence(text, next)) continue;
    if (ch === "." && end === i + 1 && !endsSentenceAfterDot(text, i, next)) continue;
    push(sentences, text, start, end);
    start = next;
    i = next - 1;
  }
  push(sentences, text, start, text.length);
  return sentences;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/u.test(text[i]!)) i++;
  return i;
}

function startsSentence(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && OPENERS.includes(text[j]!)) j++;
  const c = text[j];
  return c !== undefined && /[\p{Lu}\p{N}]/u.test(c);
}

/** Decides whether the full stop at `dot` ends the sentence, given the next word at `next`. */
function endsSentenceAfterDot(text: string, dot: number, next: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 20), dot))?.[1] ?? "";
  const word = before.replace(/^\.+/u, "");
  if (word.length === 0) return true;
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // A single initial: "John F. Kennedy".
  if (/^\p{Lu}$/u.test(word)) return false;
  // A dotted acronym: "U.S." or "U.N.".
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) {
    const nextWord = /^[^\s]*?([\p{L}]+)/u.exec(text.slice(next, next + 30))?.[1] ?? "";
    return SENTENCE_STARTERS.has(nextWord.toLowerCase());
  }
  return true;
}

function push(out: Sentence[], text: string, start: number, end: number): void {
  let e = end;
  while (e > start && /\s/u.test(text[e - 1]!)) e--;
  if (e > start) out.push({ text: text.slice(start, e), start, end: e });
}
