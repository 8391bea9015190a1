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

// "The" opening a sentence is found first (cheaply); what follows it is read only there.
const OPENING_THE =
  /(?:^|[.!?]["”’]?\s+)(?:(?:But|And|However|Meanwhile|Later|Earlier),?\s+)?(?:The|the)\s+/gu;
const OFFICE_AND_CUE = new RegExp(
  String.raw`((?:[\p{L}’'-]+\s+){0,3}?[\p{L}-]+)(?=\s+(?:${AUX}\s+){0,3}${CUE}(?![\p{L}-]))`,
  "uy",
);

/**
 * The sentences of `texts` whose subject is "the" and an office before a reporting verb ("The
 * Tory leader countered that…", "The home secretary said…"), in reading order: that person
 * speaks there, so a later "he" may stand for them.
 */
export function findRoleSubjects(texts: readonly string[]): RoleSubject[] {
  const out: RoleSubject[] = [];
  texts.forEach((text, index) => {
    for (const the of text.matchAll(OPENING_THE)) {
      OFFICE_AND_CUE.lastIndex = the.index + the[0].length;
      const words = OFFICE_AND_CUE.exec(text)?.[1];
      if (!words) continue;
      const head = words.slice(words.search(/[\p{L}-]+$/u));
      if (!isOffice(head)) continue;
      const start = the.index + the[0].search(/[Tt]he\s+$/u);
      const end = the.index + the[0].length + words.length;
      out.push({ paragraph: index + 1, start, end, role: words.toLowerCase() });
    }
  });
  return out;
}
