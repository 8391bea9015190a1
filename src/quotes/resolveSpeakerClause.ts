import { ORGANISATION_WORDS, TITLE_NOUNS } from "./lexicon.js";
import { classifyName, fold, nameWords, surname } from "./names.js";
import { parseNameRun } from "./findNameMentions.js";
import type { SpeakerClause } from "./findSpeaker.js";
import type { NameMention, SpeakerKind } from "./types.js";

/** Who a speaker clause stands for: a name (or null), its kind and a role when one is known. */
export interface ResolvedSpeaker {
  readonly name: string | null;
  readonly kind: SpeakerKind;
  readonly role: string | null;
}

function isBefore(m: NameMention, paragraph: number, start: number): boolean {
  return m.paragraph < paragraph || (m.paragraph === paragraph && m.start < start);
}

function nearest(
  mentions: readonly NameMention[],
  paragraph: number,
  start: number,
  keep: (m: NameMention) => boolean,
): NameMention | undefined {
  const earlier = mentions.filter((m) => isBefore(m, paragraph, start) && keep(m));
  return earlier[earlier.length - 1];
}

function roleOf(name: string, mentions: readonly NameMention[]): string | null {
  return mentions.find((m) => m.name === name && m.role)?.role ?? null;
}

/**
 * Resolves the speaker written in an attribution clause against the names of its article:
 * a surname to the full name, "he"/"she" to the nearest earlier person, "the minister" to the
 * nearest earlier person with that role (else the nearest person), "the ministry"/"it" to the
 * nearest earlier organisation. Unnamed sources ("a spokesman", "officials") stay unnamed.
 */
export function resolveSpeakerClause(
  clause: SpeakerClause,
  paragraph: number,
  mentions: readonly NameMention[],
): ResolvedSpeaker {
  const at = clause.start;
  if (clause.form === "pronoun") {
    const p = fold(clause.surface);
    if (p === "he" || p === "she") {
      const m = nearest(mentions, paragraph, at, (x) => x.kind === "person");
      return m
        ? { name: m.name, kind: "person", role: roleOf(m.name, mentions) }
        : { name: null, kind: "person", role: null };
    }
    if (p === "it") {
      const m = nearest(mentions, paragraph, at, (x) => x.kind === "organisation");
      return m
        ? { name: m.name, kind: "organisation", role: null }
        : { name: null, kind: "unknown", role: null };
    }
    return { name: null, kind: "unknown", role: null };
  }
  const parsed = clause.form === "name" ? parseNameRun(clause.surface) : null;
  if (parsed?.name) {
    const kind = classifyName(parsed.name);
    const role = clause.role ?? parsed.role;
    if (kind === "unknown") return { name: null, kind, role };
    if (kind === "person" && nameWords(parsed.name).length === 1) {
      const key = parsed.name.toLowerCase();
      const fits = (m: NameMention) =>
        m.kind === "person" &&
        (surname(m.name).toLowerCase() === key || nameWords(m.name)[0]?.toLowerCase() === key) &&
        nameWords(m.name).length > 1;
      const m = nearest(mentions, paragraph, at, fits) ?? mentions.find(fits);
      if (m) return { name: m.name, kind, role: role ?? roleOf(m.name, mentions) };
    }
    return { name: parsed.name, kind, role: role ?? roleOf(parsed.name, mentions) };
  }
  // A common noun phrase, or a title without a name ("the Foreign Minister").
  const words = nameWords(clause.surface).map((w) => fold(w).replace(/[.,]$/, ""));
  const head = words[words.length - 1] ?? "";
  const definite = words[0] === "the" || words[0] === "his" || words[0] === "her";
  if (definite && TITLE_NOUNS.has(head)) {
    const m =
      nearest(
        mentions,
        paragraph,
        at,
        (x) => x.kind === "person" && (x.role ?? "").toLowerCase().includes(head),
      ) ?? nearest(mentions, paragraph, at, (x) => x.kind === "person");
    if (m)
      return {
        name: m.name,
        kind: "person",
        role: roleOf(m.name, mentions) ?? clause.surface.replace(/^the\s+/i, ""),
      };
  }
  if (definite && ORGANISATION_WORDS.has(head)) {
    const m = nearest(
      mentions,
      paragraph,
      at,
      (x) => x.kind === "organisation" && fold(x.name).includes(head),
    );
    if (m) return { name: m.name, kind: "organisation", role: null };
  }
  return { name: null, kind: "unknown", role: clause.role };
}
