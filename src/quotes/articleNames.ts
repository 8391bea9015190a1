import type { QuoteSpan } from "./findQuoteSpans.js";
import { genderOfFirstName } from "./nameLexicon.js";
import { givenName } from "./names.js";
import { SPOKESPERSON, SPOKESPERSON_SUBJECT } from "./lexicon.js";
import { findRoleSubjects } from "./roleSubjects.js";
import { Named } from "./antecedent.js";
import type { Antecedent } from "./antecedent.js";
import type { NameMention } from "./types.js";

/** How far back (in names) an antecedent is looked for: pronouns refer to a recent name. */
const WINDOW = 40;

const SPOKES_WORD = new RegExp(SPOKESPERSON, "u");
/** A sentence whose subject is an unnamed spokesman: "But a Downing Street spokesman said…". */
const UNNAMED_SPEAKER_SUBJECT = new RegExp(
  String.raw`(?<=^|[.!?]["”’]?\s+)${SPOKESPERSON_SUBJECT}`,
  "gu",
);

function compare(p1: number, s1: number, p2: number, s2: number): number {
  return p1 - p2 || s1 - s2;
}

/**
 * The names of one article in reading order, read once for resolving speakers: each person's
 * gender (from the first name, via {@link genderOfFirstName}), whether the name is a sentence's
 * subject or a reporting verb's ("Nair said that…", "said Connors"), and whether it is inside a
 * quote (a name the speaker mentions is never what "he" stands for). Lookups look back at most
 * {@link WINDOW} names, so resolving every quote stays linear in the article's length.
 */
export class ArticleNames {
  readonly #names: Antecedent[] = [];
  readonly #roles = new Map<string, string>();
  readonly #genders = new Map<string, "male" | "female" | null>();
  /** Speakers found so far ("the home secretary said" → Charles Clarke), in the order noted. */
  readonly #speakers: Antecedent[] = [];
  /** Where a sentence's subject is someone unnamed who speaks for others ("A Labour spokesman"). */
  readonly #unnamedSpeakers: { paragraph: number; start: number }[] = [];

  constructor(
    mentions: readonly NameMention[],
    texts: readonly string[],
    spans: readonly QuoteSpan[],
  ) {
    // Quote ranges by 0-based paragraph index, in order.
    const inside = new Map<number, [number, number][]>();
    for (const span of spans)
      for (const p of span.parts) {
        const list = inside.get(p.index) ?? [];
        list.push([p.start, p.end]);
        inside.set(p.index, list);
      }
    const genders = this.#genders;
    for (const m of mentions) {
      if (m.role && !this.#roles.has(m.name)) this.#roles.set(m.name, m.role);
      const ranges = inside.get(m.paragraph - 1) ?? [];
      const quoted = ranges.some(([a, b]) => m.start >= a && m.start < b);
      const text = texts[m.paragraph - 1] ?? "";
      let gender = genders.get(m.name);
      if (gender === undefined) {
        gender = m.kind === "person" ? genderOfFirstName(givenName(m.name)) : null;
        genders.set(m.name, gender);
      }
      this.#names.push(new Named(m, quoted, gender, quoted ? false : text));
    }
    this.#addRoleSubjects(texts, inside);
    texts.forEach((text, index) => {
      if (!SPOKES_WORD.test(text)) return;
      for (const m of text.matchAll(UNNAMED_SPEAKER_SUBJECT)) {
        const ranges = inside.get(index) ?? [];
        if (!ranges.some(([a, b]) => m.index >= a && m.index < b))
          this.#unnamedSpeakers.push({ paragraph: index + 1, start: m.index });
      }
    });
  }

  /**
   * Adds the sentences whose subject is an office ("The Tory leader countered…") as subjects
   * naming the person the article gave that office ("Tory leader Michael Howard"), so "He
   * declared" after it is theirs. An office nobody was given stays out.
   */
  #addRoleSubjects(
    texts: readonly string[],
    inside: ReadonlyMap<number, [number, number][]>,
  ): void {
    const added: Antecedent[] = [];
    for (const r of findRoleSubjects(texts)) {
      if ((inside.get(r.paragraph - 1) ?? []).some(([a, b]) => r.start >= a && r.start < b))
        continue;
      const words = r.role.split(/\s+/u);
      const holder = this.nearest(r.paragraph, r.start, (a) => {
        const role = (a.mention.role ?? "").toLowerCase();
        return a.mention.kind === "person" && words.every((w) => role.includes(w));
      });
      if (!holder) continue;
      const mention = { ...holder.mention, paragraph: r.paragraph, start: r.start, end: r.end };
      added.push(new Named(mention, false, holder.gender, true));
    }
    if (added.length === 0) return;
    this.#names.push(...added);
    this.#names.sort((x, y) =>
      compare(x.mention.paragraph, x.mention.start, y.mention.paragraph, y.mention.start),
    );
  }

  /**
   * Notes that `mention` (a person) speaks at its position, so a later "he" can stand for a
   * speaker named by role ("The home secretary said… He added").
   */
  noteSpeaker(mention: NameMention): void {
    const gender = this.#genders.get(mention.name) ?? genderOfFirstName(givenName(mention.name));
    this.#speakers.push(new Named(mention, false, gender, true));
  }

  /**
   * The people named inside a quote's words: someone the speaker talks about ("I said to
   * Harry…"), so never the person its "he" stands for.
   */
  namedWithin(span: Pick<QuoteSpan, "parts">): ReadonlySet<string> {
    const named = new Set<string>();
    for (const part of span.parts) {
      const paragraph = part.index + 1;
      for (let i = this.#before(paragraph, part.start); i < this.#names.length; i++) {
        const m = this.#names[i]?.mention;
        if (!m || m.paragraph !== paragraph || m.start >= part.end) break;
        if (m.kind === "person") named.add(m.name);
      }
    }
    return named;
  }

  /** The role given with a name anywhere in the article. */
  roleOf(name: string): string | null {
    return this.#roles.get(name) ?? null;
  }

  /** Index just past the last name before (`paragraph`, `start`). */
  #before(paragraph: number, start: number): number {
    let lo = 0;
    let hi = this.#names.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = this.#names[mid]?.mention;
      if (m && compare(m.paragraph, m.start, paragraph, start) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The nearest earlier name that `keep` accepts, within the window. */
  nearest(paragraph: number, start: number, keep: (a: Antecedent) => boolean): Antecedent | null {
    const end = this.#before(paragraph, start);
    for (let i = end - 1; i >= Math.max(0, end - WINDOW); i--) {
      const a = this.#names[i];
      if (a && keep(a)) return a;
    }
    return null;
  }

  /** The first name at or after (`paragraph`, `start`) that `keep` accepts, within the window. */
  next(paragraph: number, start: number, keep: (a: Antecedent) => boolean): Antecedent | null {
    const from = this.#before(paragraph, start);
    for (let i = from; i < Math.min(this.#names.length, from + WINDOW); i++) {
      const a = this.#names[i];
      if (a && keep(a)) return a;
    }
    return null;
  }

  /**
   * The person "he" or "she" at (`paragraph`, `start`) stands for: the most recent subject of
   * that gender (a person whose gender is unknown fits either), unless a nearer person of that
   * gender who is not a subject exists and no subject of that gender was seen in the window —
   * then the only such person, or nobody when there are several. People in `except` (named in
   * the quote itself) are passed over.
   */
  pronoun(
    paragraph: number,
    start: number,
    gender: "male" | "female" | null,
    except: ReadonlySet<string> = new Set(),
  ): NameMention | null {
    const other = gender === "male" ? "female" : gender === "female" ? "male" : undefined;
    const fits = (a: Antecedent) =>
      !a.quoted && a.mention.kind === "person" && a.gender !== other && !except.has(a.mention.name);
    let subject = this.nearest(paragraph, start, (a) => fits(a) && a.subject);
    for (let i = this.#speakers.length - 1; i >= Math.max(0, this.#speakers.length - WINDOW); i--) {
      const s = this.#speakers[i];
      if (!s || compare(s.mention.paragraph, s.mention.start, paragraph, start) >= 0 || !fits(s))
        continue;
      const m = subject?.mention;
      if (!m || compare(s.mention.paragraph, s.mention.start, m.paragraph, m.start) > 0)
        subject = s;
      break;
    }
    const found = subject ?? this.nearest(paragraph, start, fits);
    if (!found) return null;
    // A sentence led by an unnamed spokesman between that name and the pronoun: "he" is most
    // likely the spokesman ("The prime minister's official spokesman said… But he added:"),
    // whose name nobody gave. Unclear beats the wrong person.
    const m = found.mention;
    const spokesmanBetween = this.#unnamedSpeakers.some(
      (u) =>
        compare(u.paragraph, u.start, m.paragraph, m.start) > 0 &&
        compare(u.paragraph, u.start, paragraph, start) < 0,
    );
    return spokesmanBetween ? null : m;
  }
}
