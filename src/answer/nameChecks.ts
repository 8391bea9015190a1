/**
 * Checks on a name found as an answer: whether it holds a role the question does not ask
 * about (a deputy's, another body's), only describes (a nationality), or spells out the
 * question's own abbreviation.
 */
import { isCommonNoun, isDemonym, isFunctionWord, isRoleNoun } from "../quotes/nameLexicon.js";
import type { Span } from "../corpus/types.js";
import { tokenize } from "../text/tokens.js";
import { asksForRole, ROLE_QUALIFIERS, ROLE_WORDS } from "./roleWords.js";
import { nounsOf } from "./wantedAnswer.js";

/**
 * A role qualified just before a name, or before it and a comma: "deputy chief executive
 * Michael Cawley", "its former chief executive, Mikhail Khodorkovsky".
 */
const QUALIFIED_ROLE = new RegExp(`\\b(${ROLE_QUALIFIERS})\\b[-\\p{L}\\s]{0,30},?\\s*$`, "iu");

/**
 * Whether the words before a name give it a role the question asks about ("chief executive",
 * or a word for it: "boss") but qualified in a way it does not ask ("deputy", "former"): the
 * deputy is no answer to "who is the chief executive" nor to "who is the boss".
 */
export function qualifiedOtherwise(before: string, asked: ReadonlySet<string>): boolean {
  const match = QUALIFIED_ROLE.exec(before);
  if (match === null || asked.has(match[1]!.toLowerCase())) return false;
  const role = asksForRole(asked);
  return tokenize(match[0]).some(
    (t) =>
      t.word !== match[1]!.toLowerCase() && (asked.has(t.word) || (role && ROLE_WORDS.has(t.word))),
  );
}

/** A role held of a named body just before a name: "Yukos chief executive Steven Theede". */
const OWNED_ROLE = /(\p{Lu}[\p{L}\p{N}&-]*)(?:['’]s)?\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,3})$/u;

/**
 * Whether the words before a name give it the role the question asks about, but of a body the
 * question does not name: "Yukos chief executive Steven Theede" answers no "who is the chief
 * executive of gazprom".
 */
export function heldElsewhere(before: string, asked: ReadonlySet<string>): boolean {
  if (!asksForRole(asked)) return false;
  const match = OWNED_ROLE.exec(before);
  if (match === null) return false;
  const owner = match[1]!;
  if (asked.has(owner.toLowerCase()) || isFunctionWord(owner) || isDemonym(owner)) return false;
  return tokenize(match[2]!).some((t) => ROLE_WORDS.has(t.word));
}

/** A place's compound: "Houston-based", "Dublin-born". */
export const PLACE_COMPOUND = /-(?:based|born|bred|headquartered)\b/u;

/** A compass word that may open an adjective of nationality ("North American"). */
const COMPASS = /^(?:north|south|east|west|northern|southern|eastern|western|central)$/iu;

/**
 * Whether a run of capitals describes rather than names: an adjective of nationality ("a
 * Russian company", "North American box office"), or a lone function word ("Of course").
 */
export function describesOnly(value: string): boolean {
  if (!value.includes(" ")) return isFunctionWord(value) || isDemonym(value);
  const words = value.replace(/^The\s+/u, "").split(" ");
  // Most names have more words than a compass word and a nationality: no lookup needed.
  if (words.length > 2) return false;
  return words.slice(0, -1).every((w) => COMPASS.test(w)) && isDemonym(words.at(-1)!);
}

/** Whether a name is spelled out from a question's abbreviation ("IETF", "Internet Engineering Task Force"). */
export function spellsOut(value: string, asked: ReadonlySet<string>): boolean {
  if (!value.includes(" ")) return false;
  const words = value.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length < 2) return false;
  return asked.has(words.map((w) => w[0]!.toLowerCase()).join(""));
}

/** Words for a person's or body's part that a name before them qualifies: "Wales coach". */
const DESCRIBING = new Set([
  ...nounsOf("person", "organisation"),
  ...["presenter", "consultancy", "spokesman", "spokeswoman", "adviser", "advisor", "official"],
]);

/** Nouns of an event or undertaking that a name before them qualifies: "Six Nations win". */
const EVENT_NOUNS = new Set(
  "win victory defeat match game final fixture fixtures clash tie event title season campaign project programme scheme deal side squad team bid record".split(
    " ",
  ),
);

/**
 * Whether the name at `span` only qualifies what follows it: a role or a body ("American Idol
 * presenter Ryan Seacrest", "City consultancy Deloitte", "the United Nations refugee agency")
 * or an event ("the Six Nations win", "the Cogniron robotics project"). Such a name says whose
 * or which, and is not the one the sentence is about.
 */
export function qualifiesNoun(text: string, span: Span): boolean {
  const after = text.slice(span.end, span.end + 60);
  const words = /^(?:\s+\p{Ll}[\p{Ll}-]*){1,3}/u.exec(after)?.[0].trim().split(/\s+/u) ?? [];
  const head = (w: string): boolean =>
    EVENT_NOUNS.has(w) || DESCRIBING.has(w) || isRoleNoun(w) || ROLE_WORDS.has(w);
  // The head noun may follow other nouns: "refugee agency", "news agency", "robotics project".
  const at = words.findIndex(head);
  return at >= 0 && words.slice(0, at).every((w) => isCommonNoun(w));
}
