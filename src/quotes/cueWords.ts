/**
 * Verbs that report speech (and, as the attribution corpora do, belief or writing), with every
 * inflection news prose uses: "says", "said", "saying", "has told". Kept as base forms so the
 * regular endings are generated rather than typed out.
 */
// prettier-ignore
const REGULAR = [
  "add", "declare", "explain", "note", "argue", "assert", "insist", "warn", "reply", "respond",
  "conclude", "yell", "scream", "cheer", "whisper", "announce", "acknowledge", "admit", "observe", "recall", "describe",
  "emphasize", "emphasise", "stress", "tweet", "ask", "suggest", "predict", "complain", "joke",
  "concede", "contend", "maintain", "urge", "boast", "lament", "caution", "confirm", "highlight",
  "characterize", "characterise", "denounce", "muse", "shout", "exclaim", "testify", "wonder",
  "agree", "believe", "dismiss", "recount", "herald", "assure", "allege", "accuse", "deny", "hail",
  "mention", "echo", "repeat", "proclaim", "recommend", "reiterate", "retort", "scoff", "decry",
  "lambaste", "tout", "chant", "insist", "relate", "reason", "acknowledge", "marvel", "plead",
  "pledge", "vow", "praise", "criticize", "criticise", "call", "claim", "report", "post", "charge",
  "quote", "comment", "answer", "promise", "thank", "label", "term", "brand", "demand", "remark",
  "counter", "estimate", "declare",
];
// Their third-person forms are mostly nouns in news text ("the claims", "calls for"), so only the
// past and -ing forms count as cues.
// prettier-ignore
const NOUN_LIKE = new Set([
  "call", "claim", "report", "post", "charge", "quote", "comment", "answer", "promise", "thank",
  "label", "term", "brand", "demand", "remark", "counter", "estimate", "pledge", "vow", "praise",
  "echo", "reason", "plead",
]);
const DOUBLED: Readonly<Record<string, string>> = {
  slam: "slamm",
  quip: "quipp",
  dub: "dubb",
  snap: "snapp",
  label: "label",
};
// prettier-ignore
const IRREGULAR = [
  "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes", "wrote",
  "writing", "written", "read", "reads", "think", "thinks", "slammed", "slams",
  "slamming", "quipped", "quips", "dubbed", "dubbing", "snapped", "labelled", "labelling",
  "went on", "goes on", "pointed out", "points out", "put it", "puts it", "according to",
  "took to Twitter", "fired back", "fires back", "blasted", "blasts", "blasting", "pleaded", "pled", "continued", "continues",
  "cried",
];

// "told the crowd," names the listener, not the speaker, so these never take an inverted subject.
const TELL = new Set(["tell", "tells", "told", "telling"]);

/** Whether a cue's following noun phrase is its object ("told reporters") rather than its speaker. */
export function takesListener(cue: string): boolean {
  return TELL.has(cue.toLowerCase());
}

function inflect(base: string): string[] {
  const stem = DOUBLED[base] ?? base;
  const third = /(?:s|sh|ch|x|o)$/.test(base)
    ? `${base}es`
    : /[^aeiou]y$/.test(base)
      ? `${base.slice(0, -1)}ies`
      : `${base}s`;
  const past = base.endsWith("e")
    ? `${base}d`
    : /[^aeiou]y$/.test(base)
      ? `${base.slice(0, -1)}ied`
      : `${stem}ed`;
  const ing = /[^e]e$/.test(base) ? `${base.slice(0, -1)}ing` : `${stem}ing`;
  return NOUN_LIKE.has(base) ? [past, ing] : [base, third, past, ing];
}

/** Every cue form, longest first so alternation prefers "pointed out" to "pointed". */
export const CUE_FORMS: readonly string[] = [
  ...new Set([...REGULAR.flatMap(inflect), ...IRREGULAR]),
].sort((a, b) => b.length - a.length);

/** A tree of cue forms by their letters: the forms that go on from one prefix. */
interface Branches extends Map<string, Branches> {
  /** A form ends here. */
  end?: boolean;
}

/**
 * The source of an alternation of `forms` with shared prefixes written once, spaces matching any
 * run of white space: `sa(?:y(?:s|ing)?|id)` for "says", "saying", "say", "said". The engine
 * then reads a letter once per position rather than trying each of several hundred forms in
 * turn (and so compiles and first runs each pattern holding it far quicker). It matches what
 * `forms.join("|")` matches, and prefers the same form: forms come longest first, so a form's
 * longer continuations are tried before it ends, as in the plain list.
 */
function alternation(forms: readonly string[]): string {
  const root: Branches = new Map();
  for (const form of forms) {
    let node = root;
    for (const c of form) {
      let next = node.get(c);
      if (!next) node.set(c, (next = new Map()));
      node = next;
    }
    node.end = true;
  }
  const source = (node: Branches): string => {
    const ways = [...node].map(([c, next]) => (c === " " ? String.raw`\s+` : c) + source(next));
    if (ways.length === 0) return "";
    if (ways.length === 1 && !node.end) return ways[0] ?? "";
    return `(?:${ways.join("|")})${node.end ? "?" : ""}`;
  };
  return source(root);
}

/**
 * `\b` right after a word that ends in a letter, as a lookahead: the same test there (`\b` in a
 * pattern without the `i` flag reads A–Z, a–z, 0–9 and _ as word characters), but V8 compiles `\b`
 * after a long alternation such as the cues very slowly: the first use of the pattern that credits
 * a quote (`NORMAL`) took about 70 ms with `\b` and 20 ms with this.
 */
export const WORD_END = String.raw`(?![A-Za-z0-9_])`;
/** `\b` right before a word that starts with a letter, as a lookbehind (see {@link WORD_END}). */
export const WORD_START = String.raw`(?<![A-Za-z0-9_])`;

/** RegExp source matching one cue form (lower case; "According to" also capitalised). */
export const CUE = alternation([...CUE_FORMS, "According to"]);

/** Whether a cue form is a participle, whose speaker is the subject of the main clause. */
export function isParticiple(cue: string): boolean {
  return /ing$/.test(cue);
}
