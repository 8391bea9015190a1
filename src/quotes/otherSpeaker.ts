/**
 * Signs, in the writer's words before a quote, that the quote is someone else's than the speaker
 * the rules around it would credit: a spokesman's turn that starts after the previous quote, or
 * words the sentence itself puts in another mouth ("a claim by Peter Hain that…").
 */
import { WORD_END, WORD_START } from "./cueWords.js";
import { mentionsCue } from "./speakerPatterns.js";
import type { SpeakerClause } from "./findSpeaker.js";
import { SPOKESPERSON_SUBJECT } from "./lexicon.js";

const SPOKESPERSON_LEADS = new RegExp(`^\\s*${SPOKESPERSON_SUBJECT}`, "u");

/**
 * The unnamed spokesman leading the sentence `text[from, to)` that reports something and ends
 * right before a quote opening the next sentence (`A Labour party spokesman played down… and
 * said Mr Brown had a role. "This election…"`): a new turn, so the quote is the spokesman's,
 * not the previous quote's speaker's. Null when the sentence is not such a report.
 */
export function spokespersonTurn(text: string, from: number, to: number): SpeakerClause | null {
  const sentence = text.slice(from, to);
  if (!/[.!?]["”’]?\s*$/u.test(sentence) || !mentionsCue(sentence)) return null;
  const lead = SPOKESPERSON_LEADS.exec(sentence);
  const surface = lead?.[1];
  if (!lead || !surface) return null;
  const start = from + lead[0].length - surface.length;
  // A noun phrase, not a name, whatever its capital ("A Labour party spokesman").
  return { surface, start, end: start + surface.length, role: null, form: "common" };
}

// Words put in someone's mouth by a noun phrase and its content: "a claim by Peter Hain that…",
// "Peter Hain's description of him as…" (not "called Trump's comments “racist”", where the
// quote judges the words). Group 1 or 2 is the person.
const PERSON = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?\s+)?(?:\p{Lu}[\p{L}\p{M}-]+\s+){0,3}\p{Lu}[\p{L}\p{M}-]+`;
const SAYING = String.raw`(?:claim|description|accusation|allegation|charge|remark|comment|suggestion|jibe|insult|taunt|warning|words)s?`;
const WORDS_OF = new RegExp(
  String.raw`(?:${WORD_START}${SAYING}\s+(?:made\s+)?(?:by|from)\s+(${PERSON})|(${PERSON})[’']s\s+(?:\p{Ll}+\s+)?${SAYING})\s+(?:that|of\s+(?:\S+\s+){1,3}?as)${WORD_END}`,
  "gu",
);

/**
 * The person whose words the writer's sentence says a quote inside it is (`Michael Howard has
 * said a claim by Peter Hain that the Tory leader is acting like an "attack mongrel"…`), when
 * the last such phrase before the mark, `text[from, to)`, has no reporting verb after it: the
 * sentence's own speaker answers those words, he does not say them.
 */
export function reportedBy(text: string, from: number, to: number): SpeakerClause | null {
  const segment = text.slice(from, to);
  let last: RegExpMatchArray | undefined;
  for (const m of segment.matchAll(WORDS_OF)) last = m;
  const surface = last?.[1] ?? last?.[2];
  if (!last || !surface) return null;
  const end = (last.index ?? 0) + last[0].length;
  const rest = segment.slice(end);
  // A cue or a new sentence after it starts other words; "…'s claim that Cruz is in favour is
  // “simply not true”" judges the claim, in the sentence's speaker's words.
  if (mentionsCue(rest) || /[.!?;]\s/u.test(rest) || /\s(?:is|was|are|were)\s+$/u.test(rest))
    return null;
  const start = from + (last.index ?? 0) + last[0].indexOf(surface);
  return { surface, start, end: start + surface.length, role: null, form: "name" };
}
