import { NOT_NAME_WORDS, PLACE_WORDS, TITLE_HEADS } from "./lexicon.js";
import { fold, leadingName, nameWords, trailingName } from "./names.js";
import { isGerund } from "./nameLexicon.js";
import {
  AUX,
  CUE_WORD_SET,
  LEADING_DESCRIBED,
  LEADING_PRONOUN,
  PARTY,
  PREPOSITIONS,
  PRONOUN_ONLY,
  SUBORDINATE,
  TRAILING_AUX,
  TRAILING_COMMON,
  TRAILING_PRONOUN,
} from "./speakerPatterns.js";

/** A subject noun phrase, offsets relative to the text it was found in. */
export interface Subject {
  readonly surface: string;
  readonly start: number;
  readonly role: string | null;
}

// A capitalised run and what follows it up to its comma: "Iowa, on Sunday, ".
const PLACE_LEAD = /^\s*(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)[^,]{0,20},\s*/u;

/** Whether a name is a place: every word a known place, or a state abbreviation ("N.H.", "Mich."). */
function isPlaceRun(name: string): boolean {
  const words = nameWords(name.trim());
  return (
    words.length > 0 &&
    words.every(
      (w) =>
        PLACE_WORDS.has(fold(w).replace(/[.,]$/, "")) ||
        /^(?:\p{Lu}\.){1,2}$|^\p{Lu}\p{Ll}{1,4}\.$/u.test(w),
    )
  );
}

/** Whether a text starts with a word of a title ("Chief Executive of …", "Director of …"). */
function isTitleWord(text: string): boolean {
  return TITLE_HEADS.has(fold(/^\S+/u.exec(text)?.[0] ?? ""));
}

/** A capitalised run that is only sentence furniture ("However", "Monday") names nobody. */
export function namesSomebody(name: string): boolean {
  if (PRONOUN_ONLY.test(name) || /^\p{Ll}/u.test(name)) return true;
  return nameWords(name).some((w) => !NOT_NAME_WORDS.has(fold(w).replace(/[.,]$/, "")));
}

const AUX_WORD = new RegExp(`^${AUX}$`, "u");

/**
 * Whether `pre` can end with what {@link TRAILING_AUX} removes: a closing bracket (a party), or
 * a lower-case word after white space that is an auxiliary or adverb. Most texts before a cue end
 * with a name or a noun, and this test reads only their last word where the pattern would be
 * tried from every position of the last 200 characters.
 */
function mayEndWithAux(pre: string): boolean {
  const text = pre.trimEnd();
  if (text.endsWith(")")) return true;
  let start = text.length;
  // Back over the last word's lower-case letters (a to z: the pattern's words have no others).
  for (let c = text.charCodeAt(start - 1); c >= 97 && c <= 122; c = text.charCodeAt(start - 1))
    start--;
  return start > 0 && /\s/u.test(text[start - 1] ?? "") && AUX_WORD.test(text.slice(start));
}

/**
 * `pre` without the auxiliaries and adverbs (or party) ending it. The pattern is anchored at
 * the end, which a regular expression engine still tries from every position: it is run on the
 * last 200 characters, and on the whole text only when its match reaches back near their start
 * (a run of such words longer than that).
 */
function withoutTrailingAux(pre: string): string {
  if (!mayEndWithAux(pre)) return pre;
  const from = Math.max(0, pre.length - 200);
  const match = TRAILING_AUX.exec(pre.slice(from));
  if (!match) return pre;
  if (from > 0 && match.index < 100) return pre.replace(TRAILING_AUX, "");
  return pre.slice(0, from + match.index);
}

/** The subject that ends `pre`, the words before a cue verb; offsets relative to `pre`. */
export function subjectOf(pre: string): Subject | null {
  const trimmed = withoutTrailingAux(pre).trimEnd();
  // The verb belongs to the last clause: "…in the area that Border Patrol agents described".
  const relative =
    /^(.*\s)(that|which|who|whom|because|when|while|where|whether|if)\s+(\S.*)$/su.exec(trimmed);
  if (relative?.[1] && relative[3] && !/,$/.test(trimmed)) {
    const inner = subjectOf(relative[3]);
    if (inner) return { ...inner, start: inner.start + trimmed.length - relative[3].length };
  }
  if (/\s(?:that|which|who)$/u.test(` ${trimmed}`)) {
    // "a voice that said", "Mr. Ekovich, who noted": the relative pronoun stands for the speaker.
    const word = /(\S+)$/u.exec(trimmed)?.[1] ?? "";
    return { surface: word, start: trimmed.length - word.length, role: null };
  }
  if (trimmed.endsWith(",")) {
    // `X, a former member of parliament, said` or `a spokeswoman, Anna White, said`.
    const inner = trimmed.slice(0, -1);
    const comma = inner.lastIndexOf(",");
    if (comma > 0) {
      const last = inner
        .slice(comma + 1)
        .trim()
        .replace(new RegExp(`${PARTY.slice(0, -1)}$`, "u"), "");
      const head = inner.slice(0, comma);
      const lastName = leadingName(last);
      // "David Rose, Chief Executive of Hereford Hospitals NHS Trust, had said": an office of a
      // body set off by commas describes the name before it, and is no speaker itself.
      const office = /^\p{Lu}\p{Ll}+\s+(?:\p{Lu}\p{Ll}+\s+)?of\s/u.test(last) && isTitleWord(last);
      if (lastName && lastName.name === last && namesSomebody(last) && !office) {
        return {
          surface: last,
          start: inner.indexOf(last, comma),
          role: TRAILING_COMMON.exec(head)?.[1] ?? null,
        };
      }
      const headName = trailingName(head);
      if (headName && namesSomebody(headName.name))
        return { surface: headName.name, start: headName.start, role: last };
    }
    return null;
  }
  const pronoun = TRAILING_PRONOUN.exec(trimmed);
  if (pronoun?.[1])
    return { surface: pronoun[1], start: trimmed.lastIndexOf(pronoun[1]), role: null };
  const name = trailingName(trimmed);
  if (name) {
    // "The MP for Sittingbourne and Sheppey said": the name is a place in the subject's
    // description, not the subject; who it is stays unclear.
    if (DESCRIBED_BY_PLACE.test(trimmed.slice(0, name.start))) return null;
    return namesSomebody(name.name) ? { surface: name.name, start: name.start, role: null } : null;
  }
  const common = TRAILING_COMMON.exec(trimmed);
  if (!common?.[1]) return null;
  const start = trimmed.length - common[1].length;
  // "a chance to", "a new ad that": a verb phrase, not a subject.
  if (/\s(?:to|and|or|but|of|for|with|so|very|too)$/u.test(` ${common[1]}`)) return null;
  // "the time said he’d" swallowed a verb: not a noun phrase.
  if (nameWords(common[1]).some((w) => CUE_WORD_SET.has(w))) return null;
  // "who has in the past described": skip the prepositional phrase and look again.
  const previousWord = /(\S+)\s*$/.exec(trimmed.slice(0, start))?.[1];
  if (previousWord && PREPOSITIONS.has(previousWord.toLowerCase())) {
    const before = subjectOf(trimmed.slice(0, start - previousWord.length - 1));
    // "Speaking after the investigation was announced": a participle opening the sentence.
    return before && isGerund(before.surface) ? null : before;
  }
  return { surface: common[1], start, role: null };
}

/** A description a name ends ("The MP for …", "the head of …"), written before that name. */
const DESCRIBED_BY_PLACE =
  /(?:^|\s)(?:[Tt]he|[Aa]n?)\s+(?:[\p{L}-]+\s+){1,3}(?:for|of)\s+(?:\p{Lu}[\p{L}’'-]*\s+(?:and\s+|&\s+)?)*$/u;

/** The subject of the main clause that starts `seg`, for participles (`X blasted Y, calling…`). */
export function mainSubject(seg: string): Subject | null {
  let s = seg;
  // Fronted phrases and places set off by commas are not the subject:
  // "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton said".
  for (let i = 0; i < 4; i++) {
    const fronted = SUBORDINATE.exec(s);
    const place = PLACE_LEAD.exec(s);
    if (fronted) s = s.slice(fronted[0].length);
    else if (place && isPlaceRun(place[1] ?? "")) s = s.slice(place[0].length);
    else break;
  }
  const offset = seg.length - s.length;
  const pronoun = LEADING_PRONOUN.exec(s);
  if (pronoun?.[1])
    return { surface: pronoun[1], start: offset + s.indexOf(pronoun[1]), role: null };
  const described = LEADING_DESCRIBED.exec(s)?.[1];
  const name = described ?? leadingName(s)?.name;
  if (name && namesSomebody(name))
    return { surface: name, start: offset + s.indexOf(name), role: null };
  return null;
}
