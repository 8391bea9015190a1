import { decodeHTMLStrict } from "entities";

/**
 * Canonical spacing and punctuation for received text. Curly quotation marks are kept (quote
 * extraction reads them) but odd variants are mapped onto them; every run of spaces, tabs and
 * non-breaking or zero-width spaces becomes one space; control characters other than line
 * breaks are dropped (they have no meaning in prose and break XML, Discord and terminals).
 * HTML character references that exports leave in the text (`caf&#233;`, `&#163;5`) are
 * decoded, and an inverted question mark inside a word — an apostrophe mangled by a code page
 * (`person¿s`) — becomes the apostrophe again.
 */
export function normalizeText(text: string): string {
  return (
    decodeEntities(text)
      .normalize("NFC")
      .replace(/\r\n?/gu, "\n")
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu, "")
      .replace(/[\u200B-\u200D\u2060\uFEFF]/gu, "")
      .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t ]+/gu, " ")
      .replace(/[\u201E\u201F\u2033\u301D\u301E]/gu, "\u201C")
      .replace(/[\u201A\u201B\u2032]/gu, "\u2019")
      .replace(/\u00AB\s?/gu, "\u201C")
      .replace(/\s?\u00BB/gu, "\u201D")
      .replace(/ *\n */gu, "\n")
      .trim()
  );
}

/** A key that treats two texts as the same when they differ only in case, spacing or punctuation. */
export function comparisonKey(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Decodes character references only where there is one: `entities` knows all 2,231 of HTML's
 * names, and the strict form leaves "AT&T" and "R&D" alone (no semicolon, no reference).
 */
function decodeEntities(text: string): string {
  const decoded = text.includes("&") ? decodeHTMLStrict(text) : text;
  return decoded.replace(/(?<=\p{L})¿(?=\p{L})/gu, "\u2019");
}
