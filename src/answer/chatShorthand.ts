import type { TermStats } from "../search/termStats.js";
import { termOf, terms } from "../text/tokens.js";

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
  ["b4", "before"],
  ["2day", "today"],
  ["2moro", "tomorrow"],
  ["no1", "number one"],
  ["prez", "president"],
  ["info", "information"],
  ["stats", "statistics"],
  ["mins", "minutes"],
  ["hrs", "hours"],
  ["pic", "picture"],
  ["pics", "pictures"],
  ["vid", "video"],
  ["vids", "videos"],
  ["fave", "favourite"],
  ["fav", "favourite"],
  ["xmas", "christmas"],
  ["bday", "birthday"],
  // British words for what the news writes otherwise.
  ["beeb", "bbc"],
  ["bookie", "bookmaker"],
  ["bookies", "bookmakers"],
  ["bloke", "man"],
  ["blokes", "men"],
  ["telly", "television"],
  ["footy", "football"],
  ["quid", "pounds"],
  ["celeb", "celebrity"],
  ["celebs", "celebrities"],
  ["champs", "champions"],
  ["ref", "referee"],
  ["refs", "referees"],
  ["gaffer", "manager"],
  ["prem", "premiership"],
]);

/**
 * The written word (or words) for a piece of shorthand ("govt" → "government", "no1" →
 * "number one"), or null. A corpus that uses the shorthand more often than the word keeps it:
 * the articles are the dictionary. Spelling correction cannot do this: "govt" is one edit from
 * "got", not from "government".
 */
export function expandShorthand(word: string, stats: TermStats): string | null {
  const full = SHORTHAND.get(word.toLowerCase());
  if (full === undefined) return null;
  const own = termOf(word);
  const ownCount = own === null ? 0 : stats.count(own);
  return writtenCount(full, stats) > ownCount ? full : null;
}

/** How often the corpus writes `full`, a word or words: the count of its rarest term. */
function writtenCount(full: string, stats: TermStats): number {
  const written = terms(full);
  return written.length === 0 ? 0 : Math.min(...written.map((t) => stats.count(t)));
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
