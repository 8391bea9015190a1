import type { Paragraph } from "../corpus/types.js";
// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Prof|Rev|St|Jr|Sr|Inc|Corp|Co|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|U\.S|U\.K|U\.N|[A-Z])\.$/;

/**
 * Offset where the sentence holding `at` starts in `text`: just after the last `.`, `!` or `?`
 * (with any closing mark) followed by a space and a capital or opening mark, skipping
 * abbreviations such as "Mr." and "U.S.". Works on raw text, so it needs no sentence splitter.
 */
export function sentenceStart(text: string, at: number): number {
  const boundary = /[.!?]["”’']*\s+(?=["“`'\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const m of text.slice(0, at).matchAll(boundary)) {
    const upTo = text.slice(Math.max(0, m.index - 12), m.index + 1);
    if (text[m.index] === "." && ABBREVIATIONS.test(upTo)) continue;
    start = m.index + m[0].length;
  }
  return start;
}

/** Offset just after the sentence holding `at` ends (or the end of `text`). */
export function sentenceEnd(text: string, at: number): number {
  const boundary = /[.!?]["”’']*(?=\s+["“`'\p{Lu}\p{N}]|\s*$)/gu;
  boundary.lastIndex = at;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const upTo = text.slice(Math.max(0, m.index - 12), m.index + 1);
    if (text[m.index] === "." && ABBREVIATIONS.test(upTo)) continue;
    return m.index + m[0].length;
  }
  return text.length;
}

/** Offset of the splitter's sentence holding `at`, so citations use the same sentences as passages. */
export function sentenceOffset(paragraph: Paragraph, at: number): number {
  const s = paragraph.sentences.find((x) => x.start <= at && at < x.end);
  return s ? s.start : sentenceStart(paragraph.text, at);
}
