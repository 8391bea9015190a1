/**
 * What a result claims about its sources, in one shape whatever the front end: each cited
 * sentence, event, quote or mention with the citations it carries. The readers in this folder
 * turn a core result, its JSON, its terminal text or its Discord message into claims; one
 * checker ({@link ./checkClaims.ts}) then asks the knowledge whether each claim holds.
 */

/** What kind of thing a claim cites: an answer sentence, a timeline event, a quote, a mention. */
export type ClaimKind = "sentence" | "event" | "quote" | "mention" | "passage";

/** A citation as one front end shows it: at least a paragraph, and an article id or title. */
export interface CiteRef {
  readonly n: number;
  readonly articleId?: string;
  readonly title?: string;
  readonly paragraph: number;
  /** The passage text, when the front end shows it (core results and JSON). */
  readonly passage?: string;
}

/** One cited statement of a result. */
export interface Claim {
  readonly kind: ClaimKind;
  /** The text as shown ("…" marks a trim or a cut). For a mention, the name mentioned. */
  readonly text: string;
  /** Where in the result the claim was read, for messages ("ask JSON sentence 2"). */
  readonly where: string;
  readonly cites: readonly CiteRef[];
}

/** Claims read from a result, and the citations it lists (for numbering checks). */
export interface ClaimSet {
  readonly claims: readonly Claim[];
  /** Every citation the result lists, in listed order, when it lists them in one place. */
  readonly listed?: readonly CiteRef[];
  /** Problems found while reading (a number cited but never listed, …). */
  readonly problems: readonly string[];
}

/** Resolves citation numbers against a list, noting numbers that are not in it. */
export function resolver(
  listed: readonly CiteRef[],
  problems: string[],
): (numbers: readonly number[], where: string) => CiteRef[] {
  const byNumber = new Map(listed.map((c) => [c.n, c]));
  return (numbers, where) =>
    numbers.flatMap((n) => {
      const found = byNumber.get(n);
      if (!found) problems.push(`${where}: cites [${n}], which the result does not list`);
      return found ? [found] : [];
    });
}

/**
 * The key texts are compared on: lower case, accents folded, anything but letters and digits a
 * single space. Escapes, zero-width spaces and curly or straight quotes then never matter,
 * and every word still does.
 */
export function textKey(text: string): string {
  return ` ${text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;
}

/** The pieces of a shown text between "…" marks (trims and cuts), as keys, empty ones dropped. */
export function pieces(text: string): string[] {
  return text
    .split(/…|\.\.\./u)
    .map((p) => textKey(p).trim())
    .filter((p) => p.length > 0);
}
