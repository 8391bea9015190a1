import type { AnswerType } from "./question.js";

const MONTH =
  "January|February|March|April|May|June|July|August|September|October|November|December";
const WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const NUMBER_WORD =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozens?|hundreds|thousands|millions|several|few";
const UNIT = "years?|months?|weeks?|days?|hours?|decades?|centur(?:y|ies)";

const CHECKS: Readonly<Record<"time" | "duration" | "quantity", RegExp>> = {
  time: new RegExp(
    `\\b(1[5-9]\\d\\d|20\\d\\d|${MONTH}|${WEEKDAY}|yesterday|today|tomorrow|last (?:week|month|year)|this (?:week|month|year)|ago)\\b`,
    "u",
  ),
  duration: new RegExp(
    `\\b(\\d+|${NUMBER_WORD})[- ](?:\\w+ )?(${UNIT})\\b|\\bsince\\b|\\b(1[5-9]\\d\\d|20\\d\\d)\\b`,
    "iu",
  ),
  quantity: new RegExp(`\\d|\\b(${NUMBER_WORD})\\b`, "iu"),
};

/**
 * Whether `sentence` holds something of the kind the question asks for: a date for "when", an
 * amount of time for "how long", a number for "how many", a name for "who" and "where" (a
 * capitalised word the question itself does not use: `asked`, from {@link askedWords}).
 */
export function hasAnswerType(
  sentence: string,
  expects: AnswerType,
  asked: ReadonlySet<string>,
): boolean {
  if (expects === null) return true;
  if (expects === "agent" || expects === "place") {
    for (const match of sentence.matchAll(/\p{Lu}[\p{L}’'-]+/gu)) {
      if (match.index === 0) continue;
      const word = match[0].toLowerCase().replace(/[’']s$/u, "");
      if (!asked.has(word) && !asked.has(`${word}’s`) && !asked.has(`${word}'s`)) return true;
    }
    return false;
  }
  return CHECKS[expects].test(sentence);
}

/** The question's own words, lower-cased, as {@link hasAnswerType} compares names with them. */
export function askedWords(question: string): ReadonlySet<string> {
  return new Set(question.toLowerCase().match(/[\p{L}’'-]+/gu) ?? []);
}
