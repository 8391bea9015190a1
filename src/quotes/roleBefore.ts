import { CUE_FORMS } from "./cueWords.js";
import { TITLE_NOUNS } from "./lexicon.js";
import { isRoleNoun } from "./nameLexicon.js";
import { fold } from "./names.js";

// Up to three capitalised words ("Liberal Democrat", "CBI"), up to two lower-case modifiers
// ("home affairs"), then the lower-case office or trade, right before the name: "Tory leader
// Michael Howard", "CBI director-general Sir Digby Jones".
const LOWER = /^\p{Ll}[\p{Ll}-]*$/u;
const CAPITAL = /^\p{Lu}[\p{L}’'-]*$/u;
const CUES: ReadonlySet<string> = new Set(CUE_FORMS);
// Words that open a sentence or a clause rather than belong to a role.
const OPENERS =
  /^(?:The|A|An|But|And|So|However|Meanwhile|Now|Yet|Earlier|Later|As|When|While|Then)$/u;
// prettier-ignore
const NOT_MODIFIERS = new Set([
  "the", "a", "an", "of", "and", "that", "with", "on", "in", "at", "for", "by", "as", "to", "is",
  "was", "has", "had", "who", "will", "would", "from", "former", "then", "but",
]);

/** Whether a word names an office or a trade ("leader", "director-general", "agent"). */
export function isOffice(word: string): boolean {
  const w = fold(word);
  const last = w.slice(w.lastIndexOf("-") + 1);
  return TITLE_NOUNS.has(w) || TITLE_NOUNS.has(last) || isRoleNoun(w);
}

/**
 * The lower-case role written right before a name that starts at `start` of `text` ("Tory
 * leader", "entrepreneur"), or null. A reporting verb is never part of it ("said entrepreneur
 * Drayton Valentine" → "entrepreneur").
 */
export function roleBefore(text: string, start: number): string | null {
  // Most names follow no office at all: the word right before is checked first, on its own.
  if (start < 2 || !/\s/u.test(text[start - 1] ?? "")) return null;
  const last = text.slice(text.lastIndexOf(" ", start - 2) + 1, start - 1);
  if (!LOWER.test(last) || CUES.has(last) || !isOffice(last)) return null;
  const from = Math.max(0, start - 80);
  const tail = text.slice(from, start);
  // Read word by word from the name back: a pattern anchored at the end would be tried from
  // every position before it.
  const words = tail.trim().split(/\s+/u);
  if (from > 0) words.shift(); // perhaps cut in two
  let i = words.length - 1;
  const office = words[i--] ?? "";
  if (!LOWER.test(office) || !isOffice(office) || CUES.has(office)) return null;
  const modifiers: string[] = [];
  while (modifiers.length < 2 && i >= 0 && LOWER.test(words[i] ?? ""))
    modifiers.unshift(words[i--] ?? "");
  // A verb or function word ends the role: only the words after it belong to it.
  const cut = modifiers.findLastIndex((w) => CUES.has(w) || NOT_MODIFIERS.has(w));
  const capitals: string[] = [];
  while (cut < 0 && capitals.length < 3 && i >= 0 && CAPITAL.test(words[i] ?? ""))
    capitals.unshift(words[i--] ?? "");
  while (capitals.length > 0 && OPENERS.test(capitals[0] ?? "")) capitals.shift();
  return [...capitals, ...modifiers.slice(cut + 1), office].join(" ");
}
