import { TITLE_NOUNS } from "./lexicon.js";
import { dropOpeners, fold, nameWords, surname } from "./names.js";
import { foldName, organisationVariants } from "./speakerKeys.js";
import type { SpeakerKind } from "./types.js";

/**
 * The names an entry answers to, from the surfaces articles used: for people the full name,
 * the surname alone and "Title Surname" ("President Putin"); for organisations the written forms
 * plus their standard variants ("Russian Foreign Ministry" ↔ "Russian Ministry of Foreign Affairs").
 * `canonical` is the fullest organisation name (for people the caller picks the full name).
 */
export function speakerAliases(
  kind: SpeakerKind,
  names: readonly string[],
  roles: readonly string[],
): { all: string[]; canonical: string } {
  const out = new Map<string, string>();
  const add = (a: string) => {
    // Sentence openers are not part of a name ("But Mr Howard").
    const clean = dropOpeners(nameWords(a.replace(/^the\s+/i, "").trim())).join(" ");
    if (!/^[\p{Lu}\p{N}]/u.test(clean)) return;
    if (clean && !out.has(foldName(clean))) out.set(foldName(clean), clean);
  };
  if (kind === "organisation") {
    for (const n of names) for (const v of organisationVariants(n)) add(v);
    const forms = [...out.values()];
    // Prefer a form without a possessive, then the longest: "Russian Ministry of Foreign Affairs".
    const canonical =
      [...forms].sort(
        (a, b) => Number(/[’']s\b/.test(a)) - Number(/[’']s\b/.test(b)) || b.length - a.length,
      )[0] ??
      names[0] ??
      "";
    return { all: forms, canonical };
  }
  for (const n of names) add(n);
  const full = names.reduce(
    (best, n) => (nameWords(n).length > nameWords(best).length ? n : best),
    names[0] ?? "",
  );
  const last = surname(full);
  if (nameWords(full).length > 1) add(last);
  for (const role of roles) {
    const words = nameWords(role);
    const title = words[words.length - 1];
    // Only titles written in capitals are used before a name ("President", not "a critic").
    if (title && /^\p{Lu}/u.test(title) && TITLE_NOUNS.has(fold(title))) add(`${title} ${last}`);
  }
  return { all: [...out.values()], canonical: full };
}
