/**
 * Words a speaker denied or rejected: `The chancellor … denied he was "gloating"`, `has rejected
 * calls to "pause"`, `dismissed claims that his policy was "moving onto the turf"`. The quoted
 * words are what someone else (an accuser, a critic, often unnamed) said or implied, not the
 * speaker's own: the speaker is unclear. The dev set's rule: words belong to whoever is reported
 * saying them, and a denial reports the speaker saying the opposite.
 */
import { mentionsCue } from "./speakerPatterns.js";

// A denial ("denied", "rejected calls to"), or others' words dismissed ("dismissed claims that"),
// the last of which is followed by the words denied; not an infinitive ("it is wrong to deny
// people late hours because of a "tiny minority"": the speaker's own words).
const DENIAL =
  /\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?|dismiss(?:es|ed|ing)?\s+(?:the\s+|these\s+|those\s+)?(?:claims?|suggestions?|allegations?|accusations?|charges?|reports?|criticism|fears?|talk)\s+(?:that|of))\b/gu;

const ROOTS = /den[iy]|reject|refut|rebut|dismiss/u;

/**
 * Whether the writer's words between a speaker and a quote's opening mark, `between`, say the
 * speaker denied or rejected the quoted words. Not when a reporting verb or a colon follows the
 * denial (`denied the claims, saying it was "unjust"`: the speaker's own words), nor when the
 * speaker describes with the quote (`rejected the idea as "nonsense"`).
 */
export function deniesQuotedWords(between: string): boolean {
  // Most quotes have none of these words before them: known without the pattern.
  if (!ROOTS.test(between)) return false;
  let last: RegExpExecArray | undefined;
  for (const m of between.matchAll(DENIAL)) last = m;
  if (!last || /\bto\s+$/u.test(between.slice(Math.max(0, last.index - 4), last.index)))
    return false;
  const rest = between.slice(last.index + last[0].length);
  if (/[:;]|[.!?]\s/u.test(rest) || mentionsCue(rest)) return false;
  return !/\bas\s+(?:an?\s+|the\s+)?$/u.test(rest);
}
