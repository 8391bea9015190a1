import { CUE_FORMS } from "./cueWords.js";
import { TITLE_NOUNS } from "./lexicon.js";
import { isRoleNoun } from "./nameLexicon.js";
import { fold } from "./names.js";

// Up to three capitalised words ("Liberal Democrat", "CBI"), up to two lower-case modifiers
// ("home affairs"), then the lower-case office or trade, right before the name: "Tory leader Michael Howard", "CBI director-general Sir Digby Jones".
const BEFORE =
  /((?:\p{Lu}[\p{L}’'-]*\s+){0,3})((?:\p{Ll}[\p{Ll}-]*\s+){0,2})(\p{Ll}[\p{Ll}-]*)\s+$/u;
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
  const m = BEFORE.exec(text.slice(Math.max(0, start - 80), start));
  const office = m?.[3];
  if (!m || !office || !isOffice(office) || CUES.has(office)) return null;
  const modifiers = (m[2] ?? "").trim().split(/\s+/u).filter(Boolean);
  // A verb or function word ends the role: only the words after it belong to it.
  const cut = modifiers.findLastIndex((w) => CUES.has(w) || NOT_MODIFIERS.has(w));
  const kept = modifiers.slice(cut + 1);
  const capitals = cut < 0 ? (m[1] ?? "").trim().split(/\s+/u).filter(Boolean) : [];
  while (capitals.length > 0 && OPENERS.test(capitals[0] ?? "")) capitals.shift();
  return [...capitals, ...kept, office].join(" ");
}
