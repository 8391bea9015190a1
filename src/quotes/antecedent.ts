// A name of an article as the antecedent of a pronoun: whether it is a sentence's subject or a
// reporting verb's, read lazily (see ArticleNames).
import { CUE, WORD_END } from "./cueWords.js";
import type { NameMention } from "./types.js";

// After a name: an optional appositive, set off by commas or dashes ("Nair, 47, said", "Gerry
// Conlon - who was wrongly convicted - said"), auxiliaries, then a reporting verb.
const CUE_AFTER = new RegExp(
  String.raw`^(?:[’']s)?(?:,[^,.;“”"]{1,100},|\s+[-–—]\s[^-–—.;“”"]{1,120}\s[-–—]|\s+(?:of|from|at)\s+[^,.;“”"]{1,60}?)?\s+(?:(?:has|had|have|also|then|later|further|again|would|will)\s+){0,3}${CUE}${WORD_END}`,
  "u",
);
// After a name: a verb of its own ("…, said Charles was one of his heroes"): the name is the
// subject of the words reported, not the reporting verb's inverted subject.
const VERB_AFTER =
  /^(?:[’']s)?\s+(?:is|was|are|were|had|has|have|would|will|could|should|can|did|does|do|might|must|\p{Ll}+ed)\b/u;
// Before a name: a sentence start, perhaps a connective and a few words of role ("But LTA
// performance director …"), the last of them a role or capitalised ("The story follows …" is
// not a subject's start).
const SENTENCE_START =
  /(?:^|[.!?]["”’]?\s+)(?:(?:But|And|So|However|Meanwhile|Now|Yet|Earlier|Later),?\s+)?(?:(?:[\p{L}\p{N}’'.-]+\s+){0,3}(?:\p{Lu}[\p{L}’'.-]*|[\p{Ll}-]*(?:er|or|eur|ist|yst|ant|ent|man|woman|person|ive|ian|ee|ary|chief|head|chair|coach|official|leader|general|secretary|minister))\s+)?$/u;
// Before a name: a sentence opening with a preposition, the name its object ("Under My Ask
// Jeeves users can search…"), not the sentence's subject. Not "For": "For Rick Dean, …, the future is…" puts him
// forward as the one the next sentences are about.
const PREPOSITION_LED =
  /(?:^|[.!?]["”’]?\s+)(?:(?:But|And|So|However|Meanwhile|Now|Yet),?\s+)?(?:Under|With|Without|After|Before|In|On|At|From|By|Against|Despite|Like|Unlike|Among|Amid|Since|During|Through|Over|Behind|Beyond|Within|Across|Towards|Toward|Upon|Via|Into|Between|Inside|Outside)\s+(?:[\p{L}\p{N}’'.-]+\s+){0,3}$/u;
// Before a name: a fronted phrase set off by a comma ("Computer specialist at the IAEA, …").
const FRONTED = /(?:^|[.!?]["”’]?\s+)[^.!?"“”,]{1,60},\s+$/u;
// Before a name: a reporting verb and perhaps a role ("…," said keyboard player …), the verb
// right after a quote, a comma or a sentence's start. After a subject of its own ("Lord Butler
// said Mr Blair bypassed…") the name is what is reported, not who reports it.
const CUE_BEFORE = new RegExp(
  String.raw`(?:^|[,:"“”’]\s*|[.!?]\s+)${CUE}(?:\s+[\p{Ll}-]+){0,3}\s+$`,
  "u",
);

const HONORIFIC_BEFORE = /(?<=\s|^)(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Prof|Professor)\.?\s+$/u;

/** Whether the name `m` in `text` is its sentence's subject or a reporting verb's. */
function isSubject(text: string, m: NameMention): boolean {
  // A cut-off start must not read as the paragraph's start.
  const before = (m.start > 60 ? "\u0001" : "") + text.slice(Math.max(0, m.start - 60), m.start);
  // An honorific written before the name ("Mr Blair") is part of it, not a word of the
  // sentence's start ("Lord Butler said Mr Blair bypassed…" has Lord Butler for its subject).
  const opening = before.replace(HONORIFIC_BEFORE, "");
  const possessive = /[’']s?$/u.test(text.slice(m.start, m.end));
  return (
    CUE_AFTER.test(text.slice(m.end, m.end + 160)) ||
    (CUE_BEFORE.test(before) && !VERB_AFTER.test(text.slice(m.end, m.end + 40))) ||
    (!possessive &&
      ((SENTENCE_START.test(opening) && !PREPOSITION_LED.test(opening)) || FRONTED.test(opening)))
  );
}

/** A name as an antecedent: where it is, whose it is, and whether it is a sentence's subject. */
export interface Antecedent {
  readonly mention: NameMention;
  readonly subject: boolean;
  /** Written inside a quote: someone the speaker talks about. */
  readonly quoted: boolean;
  readonly gender: "male" | "female" | null;
}

/**
 * A name of the article as an antecedent. Whether it is a subject is read only when a pronoun's
 * search reaches it (`text` is its paragraph until then), as most names are never asked about.
 */
export class Named implements Antecedent {
  #subject: boolean | string;
  constructor(
    readonly mention: NameMention,
    readonly quoted: boolean,
    readonly gender: "male" | "female" | null,
    subject: boolean | string,
  ) {
    this.#subject = subject;
  }

  get subject(): boolean {
    if (typeof this.#subject === "string") this.#subject = isSubject(this.#subject, this.mention);
    return this.#subject;
  }
}
