import { tokenize } from "../text/tokens.js";

/**
 * Words for the person at the top of a firm or body. Readers ask for "the boss" or "the head"
 * where articles write "chief executive" or "chairman", so each of these stands for the
 * others: a sentence naming the chief executive answers "who is the boss", and one naming the
 * deputy chief executive does not.
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  "boss",
  "head",
  "chief",
  "executive",
  "ceo",
  "chairman",
  "chairwoman",
  "president",
  "leader",
]);

/**
 * Verbs a reader uses for holding a leader's role: "who runs yukos", "who's heading the bank".
 * In a who-question they stand for the role words, which is how articles say it ("Yukos chief
 * executive Steven Theede"). Only the verb's forms: "head" and "leader" are role words already.
 */
export const ROLE_VERBS: ReadonlySet<string> = new Set([
  "run",
  "runs",
  "running",
  "ran",
  "heads",
  "headed",
  "heading",
  "leads",
  "leading",
  "led",
  "chairs",
  "chaired",
  "chairing",
  "manages",
  "managed",
  "managing",
]);

/** Whether a question's words (as `tokenize` reads them) ask for a firm's or body's leader. */
export function asksForRole(asked: ReadonlySet<string>): boolean {
  for (const word of asked) if (ROLE_WORDS.has(word)) return true;
  return false;
}

/**
 * Words that make a role another one, as a regular-expression alternation: the vice president
 * is not the president.
 */
export const ROLE_QUALIFIERS = "deputy|vice|former|acting|assistant|interim|ex";

/** A qualifier just before a role word ("vice president", "deputy chief executive"). */
const ROLE_QUALIFIED = new RegExp(`\\b(?:${ROLE_QUALIFIERS})[-\\s]+(?:\\p{L}+\\s+)?$`, "iu");

/**
 * The qualifier standing just before the role word at `start` of `text` ("vice " before
 * "president", "deputy chief " before "executive"), when the question's words (`asked`) do
 * not hold it; null when the role stands unqualified or qualified as the question asks, which
 * is the role asked.
 */
export function roleQualifierBefore(
  text: string,
  start: number,
  asked: ReadonlySet<string>,
): string | null {
  const qualifier = ROLE_QUALIFIED.exec(text.slice(Math.max(0, start - 24), start));
  if (!qualifier || asked.has(tokenize(qualifier[0])[0]!.word)) return null;
  return qualifier[0];
}

/**
 * The role a question asks ("ceo") that none of `texts` holds unqualified: every role word in
 * them is qualified otherwise ("vice president of search properties"). Gives the role asked
 * and the first qualified one found instead; null when the question asks no role, the texts
 * name none, or one stands as asked.
 */
export function unqualifiedRole(
  asked: ReadonlySet<string>,
  texts: readonly string[],
): { missing: string; instead: string } | null {
  if (!asksForRole(asked)) return null;
  let instead: string | null = null;
  for (const text of texts)
    for (const token of tokenize(text)) {
      if (!ROLE_WORDS.has(token.word)) continue;
      const qualifier = roleQualifierBefore(text, token.start, asked);
      if (qualifier === null) return null;
      instead ??= text.slice(token.start - qualifier.length, token.start + token.word.length);
    }
  if (instead === null) return null;
  return { missing: [...asked].find((w) => ROLE_WORDS.has(w)) ?? "role", instead };
}

/**
 * Offices that are not one another: a chief executive runs a firm, its chairman chairs the
 * board, a president may be either. "Boss", "head" and "leader" stand for any of them.
 */
const OFFICES: readonly ReadonlySet<string>[] = [
  new Set(["ceo", "chief", "executive"]),
  new Set(["chairman", "chairwoman", "chair"]),
  new Set(["president"]),
];

/**
 * The office a clause names where the question asks another, or null: the question asks one
 * office only ("chief executive", "ceo") and the clause's role words are all of other offices
 * ("Ryanair chairman David Bonderman said…"). A clause naming no office, or the one asked, or a
 * word for any leader, leaves the question's office open.
 */
export function otherRole(
  asked: ReadonlySet<string>,
  clause: string,
): { missing: string; instead: string } | null {
  const wanted = OFFICES.filter((o) => [...asked].some((w) => o.has(w)));
  if (wanted.length !== 1 || [...asked].some((w) => GENERIC.has(w))) return null;
  const named = tokenize(clause)
    .map((t) => t.word.toLowerCase())
    .filter((w) => ROLE_WORDS.has(w) || w === "chair");
  if (named.length === 0 || named.some((w) => GENERIC.has(w) || wanted[0]!.has(w))) return null;
  const missing = [...asked].filter((w) => wanted[0]!.has(w)).join(" ");
  return { missing, instead: named.join(" ") };
}

/** Role words that stand for any office. */
const GENERIC: ReadonlySet<string> = new Set(["boss", "head", "leader"]);
