import type { Article } from "../corpus/types.js";
import {
  NAME_SOURCE,
  classifyName,
  dropOpeners,
  givenName,
  hasOrganisationWord,
  isHonourAndGivenName,
  isHonorific,
  nameWords,
  splitTitle,
  stripPossessive,
  surname,
} from "./names.js";
import { isFirstName } from "./nameLexicon.js";
import { remembered } from "./remembered.js";
import { roleBefore } from "./roleBefore.js";
import type { NameMention } from "./types.js";

const NAME_RUN = new RegExp(String.raw`(?<![\p{L}\p{M}’'.\-])${NAME_SOURCE}`, "gu");
// `, Russia's ambassador to Afghanistan,` / `, a former member of parliament and known critic,`
const ROLE_AFTER =
  /^,\s*((?:[Aa]n?|[Tt]he|[Oo]ne of|[Hh]is|[Hh]er|\p{Lu}[\p{L}.]*[’']s|[a-z][\p{L}-]*)\s[^,.;:“”"()]{1,120}?)(?=\s*[,.;:)]|\s+(?:who|which)\b)/u;

/**
 * A person's name before "of" in a run ("Laura Brownlees of Save the Children" → "Laura
 * Brownlees"): the run names a person from a body, not a body.
 */
function personBeforeOf(run: string): string {
  const of = run.indexOf(" of ");
  if (of < 0) return run;
  const head = run.slice(0, of);
  const words = nameWords(head);
  return words.length >= 2 && isFirstName(words[0] ?? "") ? head : run;
}

/** A short line in Title Case (a repeated headline): every word looks like a name there. */
export function isHeadline(text: string): boolean {
  // Most paragraphs end a sentence or are far longer than 25 words: known without reading them.
  if (text.length > 1000 || /[.!?]["”]?$/.test(text.trim())) return false;
  const words = text.split(/\s+/).filter((w) => /^[\p{L}]/u.test(w));
  if (words.length === 0 || words.length > 25) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
}

/**
 * Name and role parts of one capitalised run, or null when the run is not a usable name;
 * `honorific`: a courtesy title ("Mr", "Dr") is written before the name.
 */
export function parseNameRun(
  raw: string,
): { name: string; role: string | null; honorific: boolean; offset: number } | null {
  const all = nameWords(raw);
  const words = dropOpeners(all);
  if (words.length === 0) return null;
  const offset = raw.indexOf(words[0] ?? "");
  const first = all.indexOf(words[0] ?? "");
  const lastIndex = words.length - 1;
  words[lastIndex] = stripPossessive(words[lastIndex] ?? "");
  const { role, name } = splitTitle(words);
  const nameOnly = nameWords(name);
  // "Mr" is dropped as an opener ("Mr Court" → "Court") but still says a person is meant.
  const honorific =
    (nameOnly.length > 0 && isHonorific(nameOnly[0] ?? "")) ||
    (first > 0 && isHonorific(all[first - 1] ?? ""));
  const bare = nameOnly.filter((w) => !isHonorific(w)).join(" ");
  return { name: bare, role, honorific, offset };
}

/**
 * The people and bodies named in an article, in reading order, with any role written next to the
 * name (a title before it, or an appositive after it). Surnames written alone are expanded to the
 * full name used elsewhere in the article; single capitalised words that are not known surnames,
 * titled ("President Obama") or courtesy-titled ("Ms. White") are left out, as are places.
 */
export function findNameMentions(article: Article): readonly NameMention[] {
  // Quote extraction and the directory both read an article's names: find them once.
  let found = mentionsOf.get(article);
  if (!found) {
    found = namesIn(article);
    mentionsOf.set(article, found);
  }
  return found;
}

const mentionsOf = new WeakMap<Article, readonly NameMention[]>();

type ParsedRun = NonNullable<ReturnType<typeof parseNameRun>>;

/** What a name run gives the directory, worked out once per distinct run. */
interface ReadRun {
  readonly parsed: ParsedRun;
  readonly kind: NameMention["kind"];
  /** The name's words; empty when the run names nobody the directory lists. */
  readonly words: readonly string[];
  /** How much of the match the run keeps ("Laura Brownlees" of "Laura Brownlees of Oxfam"). */
  readonly length: number;
  /** The name as written, from its first word, without a possessive. */
  readonly surface: string;
  /** Where the name's first word starts in the match. */
  readonly nameAt: number;
  /** How a person's name takes part in expanding short forms; null for a body. */
  readonly form: NameForm | null;
}

// Name runs repeat across a corpus ("Mr Blair", "Tony Blair"): each distinct run is parsed and
// classified once, within a bounded memory, with all that its mentions take from it (a hundred
// thousand mentions at BBC size). Null when it names no usable person or body.
const readRun = remembered(50_000, (match): ReadRun | null => {
  const run = personBeforeOf(match);
  const parsed = parseNameRun(run);
  if (!parsed) return null;
  const kind = parsed.name ? classifyName(parsed.name, parsed.honorific) : "unknown";
  const words = nameWords(parsed.name);
  // Countries are named constantly and rarely quoted: only bodies with an organisation word
  // ("Russia’s Ministry of Foreign Affairs") are worth a directory entry of their own.
  const listed =
    kind === "person" ||
    (kind === "organisation" && words.length >= 2 && hasOrganisationWord(parsed.name));
  const written = run.slice(parsed.offset);
  const first = written.indexOf(words[0] ?? "");
  return {
    parsed,
    kind,
    words: listed ? words : [],
    length: run.length,
    surface: written.replace(/[’']s$/u, ""),
    nameAt: parsed.offset + Math.max(0, first),
    form: kind === "person" ? formOf(parsed.name) : null,
  };
});

function namesIn(article: Article): NameMention[] {
  const found: NameMention[] = [];
  // Each mention's name form, read with its run: expanding short forms needs no lookup per mention.
  const forms: (NameForm | null)[] = [];
  for (const paragraph of article.paragraphs) {
    const text = paragraph.text;
    if (isHeadline(text)) continue;
    let pendingRole: { role: string; end: number } | null = null;
    for (const match of text.matchAll(NAME_RUN)) {
      const index = match.index;
      const read = readRun(match[0]);
      if (!read) continue;
      const parsed = read.parsed;
      const start = index + parsed.offset;
      const end = index + read.length;
      if (!parsed.name) {
        // A title with no name ("Afghanistan’s Acting Foreign Minister,"): a role for the next name.
        if (parsed.role && text[end] === ",") pendingRole = { role: parsed.role, end };
        continue;
      }
      const { kind, words } = read;
      if (words.length === 0) continue;
      let role = parsed.role;
      if (!role && pendingRole && index - pendingRole.end <= 2) role = pendingRole.role;
      // An appositive starts with a comma: most names have none, and need no pattern tried.
      if (!role && text[end] === ",") {
        const after = ROLE_AFTER.exec(text.slice(end));
        if (after?.[1] && /\p{Ll}/u.test(after[1])) role = after[1].trim();
      }
      if (!role && kind === "person") role = roleBefore(text, start);
      pendingRole = null;
      forms.push(read.form);
      found.push({
        name: parsed.name,
        kind,
        role,
        surface: read.surface,
        articleId: article.id,
        paragraph: paragraph.number,
        start: index + read.nameAt,
        end,
      });
    }
  }
  return expandSurnames(found, forms);
}

/** How a person's name takes part in expanding short forms, worked out once per name. */
interface NameForm {
  /** A surname or given name alone, or "Sir Digby": looked up by `key`. */
  readonly short: boolean;
  /** "Mr Baez Silva", "Baez Silva": two words, the first no given name, ending a fuller name. */
  readonly nameEnd: boolean;
  readonly honourAndGivenName: boolean;
  /** What a short form or name end is looked up by. */
  readonly key: string;
  /**
   * What a full name is found by: its surname, its given name ("Digby" of "Sir Digby Jones")
   * and its last two words ("Baez Silva" of "Carlos Baez Silva").
   */
  readonly keys: readonly string[];
}

const formOf = remembered(50_000, (name): NameForm => {
  const words = nameWords(name);
  const honourAndGivenName = isHonourAndGivenName(name);
  const keys = [surname(name).toLowerCase(), givenName(name)];
  if (words.length > 2) keys.push(words.slice(-2).join(" ").toLowerCase());
  return {
    short: words.length === 1 || honourAndGivenName,
    nameEnd: words.length === 2 && !isFirstName(words[0] ?? ""),
    honourAndGivenName,
    key: honourAndGivenName ? givenName(name) : name.toLowerCase(),
    keys,
  };
});

/**
 * Replaces lone surnames, given names ("Sir Digby") and name ends ("Mr Baez Silva") with the
 * article's full name for that person, dropping unknown single words. One pass in reading
 * order, keyed by surname and given name, so it stays linear in the article's length.
 */
function expandSurnames(
  mentions: NameMention[],
  forms: readonly (NameForm | null)[],
): NameMention[] {
  // A later full name covers "Muttaqi … Amir Khan Muttaqi": the first one for each key.
  const firstFull = new Map<string, NameMention>();
  mentions.forEach((f, i) => {
    const form = forms[i];
    if (form && !form.short) for (const k of form.keys) if (!firstFull.has(k)) firstFull.set(k, f);
  });
  // The nearest full name before it wins.
  const lastFull = new Map<string, NameMention>();
  const expanded = (m: NameMention, pick: NameMention) => ({
    ...m,
    name: pick.name,
    role: m.role ?? pick.role,
  });
  // A loop rather than flatMap: an array per mention was a tenth of this function's time.
  const out: NameMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const form = forms[i];
    if (!form) {
      out.push(m);
      continue;
    }
    if (form.nameEnd) {
      const pick = lastFull.get(form.key) ?? firstFull.get(form.key);
      if (pick && pick.name !== m.name) {
        out.push(expanded(m, pick));
        continue;
      }
    }
    if (!form.short) {
      for (const k of form.keys) lastFull.set(k, m);
      out.push(m);
      continue;
    }
    const pick = lastFull.get(form.key) ?? firstFull.get(form.key);
    if (pick) out.push(expanded(m, pick));
    else if (form.honourAndGivenName || (/^\p{Lu}/u.test(m.surface) && m.surface !== m.name))
      out.push(m);
  }
  return out;
}
