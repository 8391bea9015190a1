import { DEMONYMS } from "./lexicon.js";
import { remembered } from "./remembered.js";

/** Lower case, no accents, straight apostrophes, single spaces: the form names are compared in. */
export const foldName: (text: string) => string = remembered(50_000, foldText);

/** {@link foldName} without remembering: for long texts seen once (a quote's words). */
export function foldText(text: string): string {
  // Printable ASCII has no accents to take apart: most text skips that costly step.
  const plain = /^[\x20-\x7e]*$/u.test(text) ? text : text.normalize("NFKD").replace(/\p{M}/gu, "");
  return plain
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}'.\- ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function capitalise(word: string): string {
  return word.replace(/(^|[\s.])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}

/** "Russia’s Ministry …" → "Russian Ministry …"; other names unchanged. */
export function possessiveToDemonym(name: string): string {
  return name.replace(/^(?:the\s+)?([\p{L}.\s]+?)[’']s\s+/iu, (whole, country: string) => {
    const adjective = DEMONYMS.get(foldName(country));
    return adjective ? `${capitalise(adjective)} ` : whole;
  });
}

/**
 * The key under which variants of an organisation's name meet: "Russia’s Ministry of Foreign
 * Affairs", "the Russian Foreign Ministry" and "Russian Ministry of Foreign Affairs" all give
 * "russian foreign ministry"; the Afghan ministry keeps its own key.
 */
export function organisationKey(name: string): string {
  let key = foldName(possessiveToDemonym(name)).replace(/^the /, "");
  key = key.replace(/\bforeign affairs\b/g, "foreign");
  // "Ministry of X" and "X Ministry" (also departments, offices) are the same body.
  key = key.replace(
    /\b(ministry|department|office) of (?:the )?([\p{L}\s]+)$/u,
    (_m, body: string, what: string) => `${what} ${body}`,
  );
  for (const [country, adjective] of DEMONYMS) {
    if (key.startsWith(`${country} `)) key = `${adjective}${key.slice(country.length)}`;
  }
  return key.replace(/\s+/g, " ").trim();
}

/**
 * The key of a person's name: folded, without courtesy titles, and without an honour before a
 * full name ("Sir Digby Jones" and "Digby Jones" are one person; "Sir Digby" stays a short form).
 */
export function personKey(name: string): string {
  const key = foldName(name).replace(/^(?:mr|mrs|ms|dr)\.? /, "");
  return /^(?:sir|dame) \S+ \S/u.test(key) ? key.replace(/^\S+ /u, "") : key;
}

/** Readable variants of an organisation's name, for aliases and for choosing its canonical form. */
export function organisationVariants(name: string): string[] {
  const plain = name.replace(/^the\s+/i, "");
  const demonym = possessiveToDemonym(plain);
  const out = new Set([plain, demonym]);
  const ministryOf = /^(.*?)\s*Ministry of Foreign Affairs$/u.exec(demonym);
  if (ministryOf) out.add(`${ministryOf[1]} Foreign Ministry`.trim());
  const foreignMinistry = /^(.*?)\s*Foreign Ministry$/u.exec(demonym);
  if (foreignMinistry) out.add(`${foreignMinistry[1]} Ministry of Foreign Affairs`.trim());
  return [...out];
}
