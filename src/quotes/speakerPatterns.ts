import { CUE, CUE_FORMS, WORD_END } from "./cueWords.js";
import { NAME_SOURCE } from "./names.js";

// The regular expressions that read attribution clauses, in one place so the clause finders
// (findSpeaker, findSubject) agree on what an auxiliary, a pronoun or a noun phrase is.

/** Auxiliaries and adverbs that may stand between a subject and its verb ("has also said"). */
export const AUX = String.raw`(?:has|have|had|also|further|later|then|once|again|would|will|was|is|previously|recently|publicly|reportedly|repeatedly|famously|simply|just|quickly|[a-z]+ly)`;
/** Pronouns that can be a speaker, "who" included for relative clauses. */
export const PRONOUN = String.raw`(?:he|she|they|it|we|I|He|She|They|It|We|who)`;
/** A contraction after a pronoun: "he’d asked", "she’s said". */
export const CONTRACTION = String.raw`(?:[’'](?:d|s|ll|ve|re))?`;
/** Party and state after a politician's name: "(D-Va.)", "(R)". */
export const PARTY = String.raw`(?:\s*\([A-Z][A-Za-z.\-–, ]{0,15}\))?`;
/** Prepositions: a noun phrase after one is not a subject ("in the past described"). */
// prettier-ignore
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  "in", "on", "at", "for", "with", "to", "from", "by", "of", "about", "into", "over", "under",
  "after", "before", "during", "than", "like",
]);
/** Single-word cue forms, to tell a verb from a noun in a noun phrase. */
export const CUE_WORD_SET: ReadonlySet<string> = new Set(CUE_FORMS.filter((f) => !f.includes(" ")));
/** A common noun phrase: "a senior official", "the minister", "officials". */
export const COMMON = String.raw`(?:(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|[Hh]is|[Hh]er|[Tt]heir)\s+[^\s,.;:!?“”"]+(?:\s+[^\s,.;:!?“”"]+){0,5}?|[a-z]+s)`;
/**
 * Lower-case words between an affiliation and a name ("CIA spokesman Ryan Trapani"); past tenses
 * and function words excluded, so "Trump cruised to the Republican" is not one.
 */
const FREE_WORD = String.raw`(?!(?:to|the|a|an|of|and|that|with|on|in|at|for|by|as|is|was|has|had|who|will|would|says|said|after|over|under|never|ever|other|whether|later|rather|either|neither)${WORD_END})[a-z][\p{L}-]*(?<!ed)`;
const ROLE_NOUN = String.raw`(?:[a-z-]*(?:er|or|eur|ist|yst|ant|ent|man|woman|person|ive|ian|ee|ary|chief|host|aide|star|head|chair|coach|actress|official|leader|general|nominee|hopeful)|[a-z-]*(?:er|or)s)`;
export const DESCRIPTOR = String.raw`(?:(?:${FREE_WORD}\s+){0,2}(?=${ROLE_NOUN}\s)${FREE_WORD}\s+)`;
/** A lower-case role right before a name ("keyboard player Nick Rhodes", "analyst Kyle Cooper"). */
const ROLE_BEFORE = String.raw`(?:${DESCRIPTOR}(?=\p{Lu}))?`;
/** A speaker before its verb: a described name, a name, a pronoun or a noun phrase. */
export const SUBJECT = String.raw`(?:${NAME_SOURCE}\s+${DESCRIPTOR}${NAME_SOURCE}|${NAME_SOURCE}|${PRONOUN}|${COMMON})`;

/** `said X`, `said X, a role`, after a closing mark. */
export const INVERTED = new RegExp(
  String.raw`^[\s,—–-]*(?:${AUX}\s+)?(${CUE})\s+${ROLE_BEFORE}(${NAME_SOURCE}\s+${DESCRIPTOR}${NAME_SOURCE}|${NAME_SOURCE}|${COMMON})${PARTY}(?:,\s*([^,.;“”"]{1,160}?))?(?=[,.;:!?]|\s+(?:in|on|at|during|after|before|when|while|who|adding|to|of a|last|this)${WORD_END}|$)`,
  "u",
);
/** `X said`, `X, a role, said`, after a closing mark. */
export const NORMAL = new RegExp(
  String.raw`^[\s,—–-]*${ROLE_BEFORE}(${SUBJECT})${PARTY}(?:,\s*([^,“”"]{1,160}?),)?\s+(?:${AUX}\s+){0,3}${CUE}${WORD_END}`,
  "u",
);
/** Every cue in a text. */
export const CUE_ANYWHERE = new RegExp(String.raw`(?<![\p{L}\-])${CUE}(?![\p{L}\-])`, "gu");
// Compiled once: the cue alternation is long, and the test runs for every quote.
const HAS_CUE = new RegExp(CUE_ANYWHERE.source, "u");
/** Whether `text` contains a reporting verb. */
export function mentionsCue(text: string): boolean {
  return HAS_CUE.test(text);
}
/** Auxiliaries or a party label ending a text. */
export const TRAILING_AUX = new RegExp(
  String.raw`(?:\s+${AUX})+\s*$|${PARTY.slice(0, -1)}\s*$`,
  "u",
);
/** A pronoun ending a text. */
export const TRAILING_PRONOUN = new RegExp(
  String.raw`(?:^|[\s,])(${PRONOUN})${CONTRACTION}\s*$`,
  "u",
);
/** A common noun phrase ending a text. */
export const TRAILING_COMMON = new RegExp(String.raw`(?:^|[\s,(])(${COMMON})\s*$`, "u");
/** A pronoun starting a text. */
export const LEADING_PRONOUN = new RegExp(String.raw`^\s*(${PRONOUN})\b`, "u");
/** A described name starting a text ("Republican pollster Daron Shaw"). */
export const LEADING_DESCRIBED = new RegExp(
  String.raw`^\s*(${NAME_SOURCE}\s+${DESCRIPTOR}${NAME_SOURCE})`,
  "u",
);
/** A name alone between a cue and the opening mark: "But, said Solovey, “…". */
export const INVERTED_GAP = new RegExp(String.raw`^\s+(${NAME_SOURCE})${PARTY}\s*[,:]\s*$`, "u");
/** A name credited after a dash, closing its line: `"…" ― Sonya Herridge.` */
export const CREDIT = new RegExp(
  String.raw`^\s*[―—–]\s*(${NAME_SOURCE})[.,]?(?:\s*$|\s*\(|,)`,
  "u",
);
/** The noun phrase after "according to". */
export const NP_AFTER = new RegExp(String.raw`^\s*(${NAME_SOURCE}|${COMMON})`, "u");
// prettier-ignore
const OPENERS = [
  "when", "while", "after", "as", "although", "though", "if", "because", "since", "before",
  "despite", "in", "at", "on", "during", "with", "here", "there", "however", "but", "and", "still",
  "yet", "meanwhile", "later", "earlier", "instead", "now", "then", "today", "last", "this", "thus",
  "so", "first", "once", "between", "beyond", "like",
];
/**
 * A fronted phrase before the subject ("When asked about it,", "Speaking in Harlem,") or a
 * dateline ("JACKSON, Miss. -").
 */
export const SUBORDINATE = new RegExp(
  String.raw`^\s*(?:(?:${OPENERS.map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`).join("|")})${WORD_END}|\p{Lu}\p{Ll}+ing${WORD_END}|\p{Lu}\p{Ll}+(?:\s\p{Ll}+){0,2}\s(?:later|earlier|ago)${WORD_END})[^,]*,\s*|^\s*\p{Lu}[\p{Lu} .]+\b(?:,[^—–\-]{0,40})?\s*[—–-]+\s*`,
  "u",
);
/** A whole text that is a pronoun. */
export const PRONOUN_ONLY = new RegExp(`^${PRONOUN}$`, "u");
