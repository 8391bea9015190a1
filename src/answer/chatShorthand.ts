import type { TermStats } from "../search/termStats.js";
import { termOf } from "../text/tokens.js";

/**
 * Texting and headline shorthand readers type, with the word articles write. Only general
 * shorthand: a nickname of one team or firm belongs to that corpus, not here.
 */
const SHORTHAND: ReadonlyMap<string, string> = new Map([
  ["ppl", "people"],
  ["govt", "government"],
  ["gvt", "government"],
  ["govts", "governments"],
  ["uni", "university"],
  ["unis", "universities"],
  ["univ", "university"],
  ["intl", "international"],
  ["natl", "national"],
  ["yr", "year"],
  ["yrs", "years"],
  ["mth", "month"],
  ["mths", "months"],
  ["wk", "week"],
  ["wks", "weeks"],
  ["thru", "through"],
  ["abt", "about"],
  ["approx", "approximately"],
  ["dept", "department"],
  ["depts", "departments"],
  ["mgr", "manager"],
  ["pres", "president"],
  ["exec", "executive"],
  ["execs", "executives"],
  ["msg", "message"],
  ["cos", "because"],
  ["coz", "because"],
  ["bcos", "because"],
  ["becoz", "because"],
  ["tho", "though"],
  ["ur", "your"],
]);

/**
 * The written word for a piece of shorthand ("govt" → "government"), or null. A corpus that
 * uses the shorthand more often than the word keeps it: the articles are the dictionary.
 * Spelling correction cannot do this: "govt" is one edit from "got", not from "government".
 */
export function expandShorthand(word: string, stats: TermStats): string | null {
  const full = SHORTHAND.get(word.toLowerCase());
  if (full === undefined) return null;
  const own = termOf(word);
  const written = termOf(full);
  const ownCount = own === null ? 0 : stats.count(own);
  const writtenCount = written === null ? 0 : stats.count(written);
  return writtenCount > ownCount ? full : null;
}

/** "the us" typed in lower case: after "the", "us" is no pronoun ("tell us", "for us"). */
const THE_US = /\b(the|The|THE) (?:us|Us)\b/gu;

/**
 * Writes the country as the articles do ("in the us" → "in the US"), so the index's term for
 * it (see `foldWord`) is searched instead of the stop word "us". Not a correction the reply
 * announces: the reader wrote the country, in lower case.
 */
export function capitaliseTheUs(text: string): string {
  return text.replace(THE_US, "$1 US");
}
