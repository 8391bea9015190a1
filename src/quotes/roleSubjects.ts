import { CUE } from "./cueWords.js";
import { AUX } from "./speakerPatterns.js";
import { isOffice } from "./roleBefore.js";

/** A sentence whose subject is a person named by office ("The Tory leader countered…"). */
export interface RoleSubject {
  /** 1-based paragraph number. */
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  /** The office's words, lower case, without "the" ("tory leader"). */
  readonly role: string;
}

const ROLE_SUBJECT = new RegExp(
  String.raw`(?:^|[.!?]["”’]?\s+)(?:(?:But|And|However|Meanwhile|Later|Earlier),?\s+)?[Tt]he\s+((?:[\p{L}’'-]+\s+){0,3}?[\p{L}-]+)(?=\s+(?:${AUX}\s+){0,3}${CUE}(?![\p{L}-]))`,
  "gu",
);

/**
 * The sentences of `texts` whose subject is "the" and an office before a reporting verb ("The
 * Tory leader countered that…", "The home secretary said…"), in reading order: that person
 * speaks there, so a later "he" may stand for them.
 */
export function findRoleSubjects(texts: readonly string[]): RoleSubject[] {
  const out: RoleSubject[] = [];
  texts.forEach((text, index) => {
    for (const m of text.matchAll(ROLE_SUBJECT)) {
      const words = m[1] ?? "";
      const head = words.slice(words.search(/[\p{L}-]+$/u));
      if (!isOffice(head)) continue;
      const start = m.index + m[0].length - words.length - 4;
      out.push({
        paragraph: index + 1,
        start,
        end: start + 4 + words.length,
        role: words.toLowerCase(),
      });
    }
  });
  return out;
}
