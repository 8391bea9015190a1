/**
 * How a name in a sentence stands to the verb a who-question is about: its doer ("who bought":
 * the buyer) or its object ("who did X beat": the one beaten), for the short answer.
 */
import { verbFormTest } from "../text/irregular.js";
import type { Token } from "../text/tokens.js";
import type { WantedAnswer } from "./wantedAnswer.js";

/** Tokens after the doer's verb within which a name is its object ("to buy Yuganskneftegas"). */
const OBJECT_REACH = 4;

/**
 * For "who bought X", the buyer, not what was bought: a name just after the verb (with no
 * "by" between) is its object and loses; a name opening the sentence, before the verb, is
 * its subject and gains. `terms` are the terms of `tokens`, stemmed once per sentence by the
 * caller, which asks of every answer span in it.
 */
export function doerFit(
  doer: string | null,
  tokens: readonly Token[],
  terms: readonly (string | null)[],
  inside: readonly number[],
): number {
  const first = inside[0];
  if (doer === null || first === undefined) return 0;
  const verbs = terms.flatMap((term, i) => (term === doer ? [i] : []));
  if (verbs.length === 0) return 0;
  const object = verbs.some(
    (v) =>
      first > v &&
      first - v <= OBJECT_REACH &&
      !tokens.slice(v + 1, first).some((t) => t.word === "by"),
  );
  if (object) return -0.6;
  return first <= 1 && verbs.some((v) => v > first) ? 0.3 : 0;
}

/** Tokens before the verb within which its doer stands: "Serena Williams staged a recovery to beat". */
const DOER_REACH = 6;

/**
 * For "who did X beat", the one X beat: a name within reach after the verb, with X shortly
 * before the verb, gains ("Mirza beat Jelena Kostanic", not "Martinez beat …"). `terms` are
 * the sentence's terms, as for {@link doerFit}.
 */
export function objectFit(
  done: WantedAnswer["done"],
  terms: readonly (string | null)[],
  inside: readonly number[],
): number {
  const first = inside[0];
  if (done === null || first === undefined) return 0;
  const byDoer = (v: number): boolean =>
    terms.slice(Math.max(0, v - DOER_REACH), v).some((term) => done.by.includes(term ?? ""));
  const tied = terms.some(
    (term, v) => term === done.verb && first > v && first - v <= OBJECT_REACH && byDoer(v),
  );
  return tied ? 0.4 : 0;
}

/** A word that denies the verb after it. */
const NEGATION = /^(?:not|never|n't|no)$/u;

/** A word shaped as a verb of an event: a past form, a participle or an "-ing" form. */
const isVerbForm = verbFormTest(["ed", "ing"]);

/**
 * The verb a date tells the time of ("opened its online store in 2003"): the nearest
 * verb-shaped word before it within its clause (tokens from `from`). "asked" when that verb is
 * a question word ("after launching the iPod in 2001" for "when did apple launch"), "other"
 * when it is another, null when the clause has none before the date.
 */
export function dateVerb(
  tokens: readonly Token[],
  terms: readonly (string | null)[],
  inside: readonly number[],
  from: number,
  wanted: ReadonlySet<string>,
): "asked" | "other" | null {
  const first = inside[0];
  if (first === undefined) return null;
  for (let i = first - 1; i >= from; i--) {
    const word = tokens[i]!.word;
    if (!isVerbForm(word)) continue;
    // "have not won the title since 1985" does not say when it was won.
    const negated = tokens.slice(Math.max(0, i - 2), i).some((t) => NEGATION.test(t.word));
    if (negated) return null;
    return wanted.has(terms[i] ?? "") ? "asked" : "other";
  }
  return null;
}
