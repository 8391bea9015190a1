import { ORGANISATION_WORDS, SPOKESPERSON } from "./lexicon.js";
import {
  classifyName,
  fold,
  givenName,
  isHonourAndGivenName,
  nameWords,
  surname,
} from "./names.js";
import { parseNameRun } from "./findNameMentions.js";
import type { ArticleNames } from "./articleNames.js";
import { isOffice } from "./roleBefore.js";
import type { SpeakerClause } from "./findSpeaker.js";
import type { SpeakerKind } from "./types.js";

/** Who a speaker clause stands for: a name (or null), its kind and a role when one is known. */
export interface ResolvedSpeaker {
  readonly name: string | null;
  readonly kind: SpeakerKind;
  readonly role: string | null;
}

// Someone speaking for a body: their words are the role's, never the body's head's.
const SPOKESPEOPLE = new RegExp(
  String.raw`^(?:${SPOKESPERSON}|representative|source|statement|aide)s?$`,
  "u",
);

/**
 * Resolves the speaker written in an attribution clause against the names of its article:
 * a surname (or the end of a name, "Baez Silva") to the full name, "he"/"she" to the most recent
 * subject of that gender, "the minister" to the nearest earlier person with that role, "the
 * ministry"/"it" to the nearest earlier organisation. Spokesmen and unnamed sources stay unnamed
 * (their role is kept), and so does a pronoun with no fitting antecedent: "speaker unclear".
 * A pronoun never stands for someone named in the quote itself (`namedInQuote`, asked only when
 * a pronoun is resolved: most clauses name their speaker).
 */
export function resolveSpeakerClause(
  clause: SpeakerClause,
  paragraph: number,
  names: ArticleNames,
  namedInQuote: () => ReadonlySet<string> = () => new Set(),
): ResolvedSpeaker {
  const at = clause.start;
  if (clause.form === "pronoun") {
    const p = fold(clause.surface);
    if (p === "he" || p === "she") {
      const m = names.pronoun(paragraph, at, p === "he" ? "male" : "female", namedInQuote());
      return m
        ? { name: m.name, kind: "person", role: names.roleOf(m.name) }
        : { name: null, kind: "person", role: null };
    }
    if (p === "it") {
      const m = names.nearest(paragraph, at, (x) => x.mention.kind === "organisation");
      return m
        ? { name: m.mention.name, kind: "organisation", role: null }
        : { name: null, kind: "unknown", role: null };
    }
    return { name: null, kind: "unknown", role: null };
  }
  const parsed = clause.form === "name" ? parseNameRun(clause.surface) : null;
  if (parsed?.name) {
    const kind = classifyName(parsed.name, parsed.honorific);
    const role = clause.role ?? parsed.role;
    if (kind === "unknown") return { name: null, kind, role };
    if (kind === "person") {
      const words = nameWords(parsed.name);
      const key = fold(parsed.name);
      // A surname alone, the end of a longer name ("Baez Silva" of "Carlos Baez Silva"), or
      // an honour and a given name ("Sir Digby" of "Sir Digby Jones").
      const short = isHonourAndGivenName(parsed.name) ? givenName(parsed.name) : null;
      const fitsName = (name: string) => {
        const full = nameWords(name);
        if (short !== null)
          return !isHonourAndGivenName(name) && full.length >= 2 && givenName(name) === short;
        if (full.length <= words.length) return false;
        if (words.length === 1 && givenName(name) === key) return true;
        return fold(full.slice(-words.length).join(" ")) === key || fold(surname(name)) === key;
      };
      // The window holds the same few people many times over: each name is judged once.
      const verdicts = new Map<string, boolean>();
      const fits = (name: string) => {
        let verdict = verdicts.get(name);
        if (verdict === undefined) verdicts.set(name, (verdict = fitsName(name)));
        return verdict;
      };
      const m =
        names.nearest(paragraph, at, (x) => x.mention.kind === "person" && fits(x.mention.name)) ??
        names.next(paragraph, at, (x) => x.mention.kind === "person" && fits(x.mention.name));
      if (m) return { name: m.mention.name, kind, role: role ?? names.roleOf(m.mention.name) };
    }
    return { name: parsed.name, kind, role: role ?? names.roleOf(parsed.name) };
  }
  // A common noun phrase, or a title without a name ("the Foreign Minister").
  const words = nameWords(clause.surface).map((w) => fold(w).replace(/[.,]$/, ""));
  const head = words[words.length - 1] ?? "";
  // A title without a name ("Conservative Party Co-Chairman said") is written for "the …".
  const titleOnly = parsed !== null && parsed.name === "" && parsed.role !== null;
  const definite = titleOnly || words[0] === "the" || words[0] === "his" || words[0] === "her";
  if (SPOKESPEOPLE.test(head)) return { name: null, kind: "unknown", role: clause.surface };
  if (definite && isOffice(head)) {
    const m = names.nearest(
      paragraph,
      at,
      (x) => x.mention.kind === "person" && (x.mention.role ?? "").toLowerCase().includes(head),
    );
    if (m)
      return {
        name: m.mention.name,
        kind: "person",
        role: names.roleOf(m.mention.name) ?? clause.surface.replace(/^the\s+/i, ""),
      };
  }
  // "the 20-year-old", "the Tory leader", "the Scot": the person the text is about, its most
  // recent subject.
  if (
    (words[0] === "the" || titleOnly) &&
    words.length <= 4 &&
    !ORGANISATION_WORDS.has(head) &&
    !/s$/u.test(head) &&
    !/^(?:report|book|statement|study|survey|letter|paper|document|government|firm|company|club|group|team|side)$/u.test(
      head,
    )
  ) {
    const m = names.pronoun(paragraph, at, null, namedInQuote());
    if (m) return { name: m.name, kind: "person", role: names.roleOf(m.name) };
  }
  if (definite && ORGANISATION_WORDS.has(head)) {
    const m = names.nearest(
      paragraph,
      at,
      (x) => x.mention.kind === "organisation" && fold(x.mention.name).includes(head),
    );
    if (m) return { name: m.mention.name, kind: "organisation", role: null };
  }
  return { name: null, kind: "unknown", role: clause.role ?? clause.surface };
}
