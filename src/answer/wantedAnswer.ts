import { termOf, tokenize } from "../text/tokens.js";

/** The sort of name a "which X" (or "who", "where") question asks for. */
export type AnswerType = "person" | "organisation" | "place" | "title";

/** What a question's own words say of the answer it wants, beyond its kind. */
export interface WantedAnswer {
  /** The sort of name wanted, from the noun after "which"/"what"; null when unsaid. */
  readonly type: AnswerType | null;
  /** The noun is plural ("which cities", "which firms"): a list of names answers. */
  readonly many: boolean;
  /**
   * The term of the verb the answer is the doer of, when the question word is its subject
   * ("who bought", "which firm bought": `bui`); null otherwise ("who did X beat", "who is").
   */
  readonly doer: string | null;
  /**
   * In "who did X beat": the term of the verb the answer is the object of (`beat`, the last
   * word before a preposition or the end) and the terms of its doer, X (`by`).
   */
  readonly done: { readonly verb: string; readonly by: readonly string[] } | null;
}

/**
 * Nouns a reader puts after "which" or "what", by the sort of name they ask for, singular
 * forms (plurals are read by their ending). A region or a side in sport is a team.
 */
const TYPE_NOUNS: Readonly<Record<AnswerType, string>> = {
  person:
    "person man woman bloke guy player singer actor actress star minister politician manager coach presenter host athlete rapper artist author writer director driver striker winner chancellor mp judge leader economist analyst executive boss chief chairman founder designer comedian musician footballer boxer golfer cyclist runner",
  organisation:
    "firm company group bank club team band party brand network channel broadcaster airline carrier station newspaper paper magazine studio label retailer supermarket operator agency exchange uni university school charity union organisation organization body manufacturer maker giant rival bidder buyer side region outfit publisher insurer lender carmaker chain provider developer watchdog regulator court council board committee government department",
  place:
    "country nation city town place county state venue stadium ground capital island continent village province",
  title:
    "film movie song album show book game programme program single track play series musical product title model format drug pill award prize event tournament competition console device gadget software website site service technology",
};

const TYPE_OF = new Map<string, AnswerType>(
  (Object.entries(TYPE_NOUNS) as [AnswerType, string][]).flatMap(([type, nouns]) =>
    nouns.split(" ").map((noun) => [noun, type] as const),
  ),
);

/** Words after which the question word is not the doer: "who is", "who did X beat". */
const NOT_DOER =
  /^(?:is|was|are|were|do|does|did|has|have|had|will|would|can|could|should|may|might|s|else|of|in|at|to|for|on|the|a|an)$/u;

/** The singular of a noun the lexicon may know, and whether it was plural. */
function singular(word: string): { noun: string; plural: boolean } {
  if (TYPE_OF.has(word)) return { noun: word, plural: false };
  for (const [ending, replace] of [
    ["ies", "y"],
    ["es", ""],
    ["s", ""],
  ] as const)
    if (word.endsWith(ending) && TYPE_OF.has(word.slice(0, -ending.length) + replace))
      return { noun: word.slice(0, -ending.length) + replace, plural: true };
  return { noun: word, plural: false };
}

/**
 * The sort of name a question wants, read from the noun after "which" or "what" ("which
 * company" → an organisation, "which country" → a place, "which singer" → a person, "what
 * film" → a title), whether it wants several ("which cities" → a list), and the verb whose
 * doer it asks for ("who bought", "which firm bought"). A "where" question wants a place.
 */
export function wantedAnswer(question: string): WantedAnswer {
  const words = tokenize(question).map((t) => t.word);
  const doerAfter = (at: number): string | null => {
    const next = words[at];
    return next === undefined || NOT_DOER.test(next) ? null : termOf(next);
  };
  const which = words.findIndex((w) => w === "which" || w === "what");
  if (which >= 0) {
    const after = words.slice(which + 1, which + 4);
    const linking = after.findIndex((w) => NOT_DOER.test(w));
    const nouns = (linking < 0 ? after : after.slice(0, linking)).map(singular);
    // The last of a run of nouns is the head: "what party game" asks for a game.
    let at = nouns.findIndex((w) => TYPE_OF.has(w.noun));
    while (at >= 0 && at + 1 < nouns.length && TYPE_OF.has(nouns[at + 1]!.noun)) at++;
    const head = nouns[at];
    if (head)
      return {
        type: TYPE_OF.get(head.noun)!,
        many: head.plural,
        doer: doerAfter(which + at + 2),
        done: null,
      };
  }
  const who = words.indexOf("who");
  if (who >= 0) {
    // "who's the deloitte economist": a person's noun in the question says a person answers.
    const person = words.slice(who + 1).some((w) => TYPE_OF.get(singular(w).noun) === "person");
    const type = person ? "person" : null;
    return { type, many: false, doer: doerAfter(who + 1), done: doneBy(question) };
  }
  const none = { many: false, doer: null, done: null };
  return { ...none, type: words.includes("where") ? "place" : null };
}

/** "who did X beat in …": X, and the object's verb, the last word before a preposition or the end. */
const DONE_BY =
  /^\s*whom? (?:did|does|do|will|has|have|had) (.+?) (\p{L}+)(?: (?:in|at|on|for|against|to|with|during|before|after|last|this|so)\b|\s*\??\s*$)/iu;

function doneBy(question: string): WantedAnswer["done"] {
  const match = DONE_BY.exec(question);
  const verb = match && termOf(match[2]!.toLowerCase());
  if (!match || !verb) return null;
  const by = tokenize(match[1]!).flatMap((t) => termOf(t.word) ?? []);
  return { verb, by };
}

/** The nouns after "which" or "what" that ask for a name of the given sorts, singular. */
export function nounsOf(...types: readonly AnswerType[]): string[] {
  return [...TYPE_OF].filter(([, type]) => types.includes(type)).map(([noun]) => noun);
}
