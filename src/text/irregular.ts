/**
 * Past forms of common irregular English verbs, mapped to their base form, so that a question's
 * "say" finds an article's "said". Porter stemming handles regular inflection only.
 */
export const IRREGULAR_VERBS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    said: "say",
    told: "tell",
    took: "take",
    taken: "take",
    gave: "give",
    given: "give",
    made: "make",
    met: "meet",
    won: "win",
    lost: "lose",
    held: "hold",
    left: "leave",
    led: "lead",
    began: "begin",
    begun: "begin",
    became: "become",
    came: "come",
    went: "go",
    gone: "go",
    saw: "see",
    seen: "see",
    knew: "know",
    known: "know",
    thought: "think",
    brought: "bring",
    bought: "buy",
    sought: "seek",
    fought: "fight",
    caught: "catch",
    taught: "teach",
    built: "build",
    sent: "send",
    spent: "spend",
    kept: "keep",
    felt: "feel",
    found: "find",
    got: "get",
    gotten: "get",
    paid: "pay",
    laid: "lay",
    stood: "stand",
    understood: "understand",
    wrote: "write",
    written: "write",
    spoke: "speak",
    spoken: "speak",
    broke: "break",
    broken: "break",
    chose: "choose",
    chosen: "choose",
    drew: "draw",
    drawn: "draw",
    drove: "drive",
    driven: "drive",
    fell: "fall",
    fallen: "fall",
    flew: "fly",
    flown: "fly",
    forgot: "forget",
    grew: "grow",
    grown: "grow",
    hid: "hide",
    rose: "rise",
    risen: "rise",
    ran: "run",
    sold: "sell",
    shook: "shake",
    shot: "shoot",
    struck: "strike",
    swore: "swear",
    threw: "throw",
    thrown: "throw",
    woke: "wake",
    wore: "wear",
    withdrew: "withdraw",
    withdrawn: "withdraw",
    overtook: "overtake",
    undertook: "undertake",
    upheld: "uphold",
    meant: "mean",
    heard: "hear",
    dealt: "deal",
    fled: "flee",
    bore: "bear",
    born: "bear",
    hung: "hang",
    lent: "lend",
    lit: "light",
    slid: "slide",
    stuck: "stick",
    tore: "tear",
    torn: "tear",
    froze: "freeze",
    frozen: "freeze",
    foresaw: "foresee",
    forbade: "forbid",
  }),
);

/** Regular endings of a verb form: a past ("raised"), a participle ("taken"), "-ing" ("raising"). */
export type VerbEnding = "ed" | "en" | "ing";

/**
 * A test of whether a word (lower case) is shaped as a verb form: a stem of three letters or
 * more before one of `endings` ("raised", "taken", "raising"), or, unless `irregular` is
 * false, an irregular past or participle ({@link IRREGULAR_VERBS}: "won", "bought"). By shape
 * alone, so nouns of the same shape pass ("building"); "red" and "seed" are too short to.
 */
export function verbFormTest(
  endings: readonly VerbEnding[],
  irregular = true,
): (word: string) => boolean {
  const regular = new RegExp(`^\\p{L}{3,}(?:${endings.join("|")})$`, "u");
  return irregular
    ? (word) => IRREGULAR_VERBS.has(word) || regular.test(word)
    : (word) => regular.test(word);
}

/** Whether a word is shaped as a past form: "raised", "won", "bought" (see {@link verbFormTest}). */
export const isPastForm = verbFormTest(["ed"]);
