import { comparisonKey, normalizeText } from "../text/normalize.js";
import { splitSentences } from "../text/sentences.js";
import type { Paragraph } from "./types.js";

/** What cleaning changed in one article's body. */
export interface CleaningCounts {
  droppedHeadlines: number;
  droppedDuplicateParagraphs: number;
  strayQuotes: number;
  joinedSentences: number;
}

/** Marks after which a line break always ends a paragraph. */
const PARAGRAPH_END = /[.!?:…"“”'’)\]]$/u;

/**
 * Turns a body as received into clean paragraphs: normalised spaces and quotation marks,
 * soft-wrapped lines joined, sentences glued together without a space separated, stray
 * opening quotation marks at a paragraph's end removed, and paragraphs that repeat the
 * headline or an earlier paragraph dropped.
 */
export function cleanBody(
  body: string,
  title: string,
): { paragraphs: Paragraph[]; counts: CleaningCounts } {
  const counts: CleaningCounts = {
    droppedHeadlines: 0,
    droppedDuplicateParagraphs: 0,
    strayQuotes: 0,
    joinedSentences: 0,
  };
  const titleKey = comparisonKey(title);
  const seen = new Set<string>();
  const paragraphs: Paragraph[] = [];
  for (const raw of splitParagraphs(normalizeText(body))) {
    let text = raw.replace(/(\p{Ll}{2,}[.!?])(?=\p{Lu}\p{Ll})/gu, (_, end: string) => {
      counts.joinedSentences++;
      return `${end} `;
    });
    // An opening mark with nothing after it opens no quote. A straight mark right after a
    // word closes one: the odd mark out is then an earlier opener whose quote runs on.
    text = text.replace(/(?:\s*“|\s+")$/u, (mark) => {
      if (isBalanced(text)) return mark;
      counts.strayQuotes++;
      return "";
    });
    const key = comparisonKey(text);
    if (key.length === 0) continue;
    if (key === titleKey) {
      counts.droppedHeadlines++;
      continue;
    }
    if (seen.has(key)) {
      counts.droppedDuplicateParagraphs++;
      continue;
    }
    seen.add(key);
    paragraphs.push({ number: paragraphs.length + 1, text, sentences: splitSentences(text) });
  }
  return { paragraphs, counts };
}

/**
 * Paragraphs are separated by blank lines, or by single line breaks in text received with one
 * paragraph a line. Only a block that looks hard-wrapped (lines of editor width) has its line
 * breaks read as soft wraps, and even there a line ending a sentence ends the paragraph.
 */
function splitParagraphs(text: string): string[] {
  const out: string[] = [];
  for (const block of text.split(/\n\s*\n/u)) {
    const lines = block
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line.length > 0);
    const wrapped = looksHardWrapped(lines);
    let current = "";
    for (const trimmed of lines) {
      if (current.length === 0) current = trimmed;
      else if (!wrapped || PARAGRAPH_END.test(current)) {
        out.push(current);
        current = trimmed;
      } else current = `${current} ${trimmed}`;
    }
    if (current.length > 0) out.push(current);
  }
  return out;
}

function looksHardWrapped(lines: readonly string[]): boolean {
  if (lines.length < 2) return false;
  return lines.slice(0, -1).every((line) => line.length >= 30 && line.length <= 120);
}

/** True when the straight double quotes pair up and curly ones open as often as they close. */
function isBalanced(text: string): boolean {
  const straight = (text.match(/"/gu) ?? []).length;
  const open = (text.match(/“/gu) ?? []).length;
  const close = (text.match(/”/gu) ?? []).length;
  return straight % 2 === 0 && open === close;
}
