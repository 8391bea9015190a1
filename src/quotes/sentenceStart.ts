import type { Paragraph } from "../corpus/types.js";
import { rememberedRecent } from "./remembered.js";
// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Prof|Rev|St|Jr|Sr|Inc|Corp|Co|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|U\.S|U\.K|U\.N|[A-Z])\.$/;

// A quote's lead, context and attribution all ask where sentences start and end in the same few
// paragraphs: the boundaries of the last few texts are kept and then
// searched, so asking for every quote of a long paragraph stays linear.
function startsOf(text: string): number[] {
  const boundary = /[.!?]["”’']*\s+(?=["“`'\p{Lu}\p{N}])/gu;
  const starts: number[] = [];
  for (const m of text.matchAll(boundary)) {
    // Only a full stop can end an abbreviation: the words before "!" or "?" are not read.
    if (
      text[m.index] === "." &&
      ABBREVIATIONS.test(text.slice(Math.max(0, m.index - 12), m.index + 1))
    )
      continue;
    starts.push(m.index + m[0].length);
  }
  return starts;
}

function endsOf(text: string): { at: number; end: number }[] {
  const boundary = /[.!?]["”’']*(?=\s+["“`'\p{Lu}\p{N}]|\s*$)/gu;
  const ends: { at: number; end: number }[] = [];
  for (const m of text.matchAll(boundary)) {
    // Only a full stop can end an abbreviation: the words before "!" or "?" are not read.
    if (
      text[m.index] === "." &&
      ABBREVIATIONS.test(text.slice(Math.max(0, m.index - 12), m.index + 1))
    )
      continue;
    ends.push({ at: m.index, end: m.index + m[0].length });
  }
  return ends;
}

const startsIn = rememberedRecent(startsOf);
const endsIn = rememberedRecent(endsOf);

/** Index of the first item of sorted `list` whose key is at least `at`. */
function firstFrom<T>(list: readonly T[], at: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid] as T) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Offset where the sentence holding `at` starts in `text`: just after the last `.`, `!` or `?`
 * (with any closing mark) followed by a space and a capital or opening mark, skipping
 * abbreviations such as "Mr." and "U.S.". Works on raw text, so it needs no sentence splitter.
 */
export function sentenceStart(text: string, at: number): number {
  const starts = startsIn(text);
  // The capital or mark that opens the sentence must lie before `at`.
  const i = firstFrom(starts, at, (s) => s);
  return i > 0 ? (starts[i - 1] ?? 0) : 0;
}

/** Offset just after the sentence holding `at` ends (or the end of `text`). */
export function sentenceEnd(text: string, at: number): number {
  const ends = endsIn(text);
  // The first boundary whose punctuation is at or after `at`.
  const i = firstFrom(ends, at, (e) => e.at);
  return ends[i]?.end ?? text.length;
}

/** Offset of the splitter's sentence holding `at`, so citations use the same sentences as passages. */
export function sentenceOffset(paragraph: Paragraph, at: number): number {
  const s = paragraph.sentences.find((x) => x.start <= at && at < x.end);
  return s ? s.start : sentenceStart(paragraph.text, at);
}
