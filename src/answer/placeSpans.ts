/**
 * Whether a name found in a sentence is a place: what a "where" (or "which country") question
 * asks for. A body's name is none ("the Paris Club"), nor a time after "at" ("at the New Year").
 */
import type { Span } from "../corpus/types.js";
import { isPlaceName, isTimeWord } from "../quotes/nameLexicon.js";
import { PLACE_COMPOUND } from "./nameChecks.js";
import { PLACE_CUE } from "./spanPatterns.js";

/** Words that make a run of capitals an organisation, title or event, not a person or place. */
export const NOT_PERSON =
  /\b(?:Awards?|Association|Bank|Centre|Center|Championships?|Club|Company|Council|Cup|Festival|Games|Group|Inc|League|Ltd|Ministry|Open|Party|plc|Prize|Society|TV|Union|University)\b/u;

/**
 * Whether the name at `span` of `sentence` is a place: one the lexicon knows, a place's
 * compound ("Houston-based"), or a name after "in", "at", "from"… that is no time and no body;
 * anything else ("told AFP", "the Paris Club") is none.
 */
export function isPlaceSpan(sentence: string, span: Span): boolean {
  const value = sentence.slice(span.start, span.end);
  if (NOT_PERSON.test(value)) return false;
  const words = value.split(/\s+/u);
  if (isPlaceName(value) || words.some(isPlaceName)) return true;
  if (PLACE_COMPOUND.test(sentence.slice(span.end, span.end + 20))) return true;
  const cued = PLACE_CUE.test(sentence.slice(Math.max(0, span.start - 14), span.start));
  return cued && !words.some(isTimeWord);
}
