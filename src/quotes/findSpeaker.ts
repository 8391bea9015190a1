import { CUE, WORD_START, isParticiple, takesListener } from "./cueWords.js";
import { mainSubject, namesSomebody, subjectOf } from "./findSubject.js";
import { NAME_SOURCE, trailingName } from "./names.js";
import { rememberedRecent } from "./remembered.js";
import {
  CREDIT,
  CUE_ANYWHERE,
  INVERTED,
  INVERTED_GAP,
  NORMAL,
  NP_AFTER,
  PRONOUN_ONLY,
  SUBORDINATE,
} from "./speakerPatterns.js";

/** The speaker named in an attribution clause, with offsets into the text that was searched. */
export interface SpeakerClause {
  readonly surface: string;
  readonly start: number;
  readonly end: number;
  /** An appositive or title given with the speaker in this clause. */
  readonly role: string | null;
  readonly form: "name" | "pronoun" | "common";
}

function clause(text: string, surface: string, start: number, role: string | null): SpeakerClause {
  const at = text.indexOf(surface, start);
  const s = at < 0 ? start : at;
  const form = PRONOUN_ONLY.test(surface)
    ? "pronoun"
    : /^\p{Lu}/u.test(surface)
      ? "name"
      : "common";
  return { surface, start: s, end: s + surface.length, role: role?.trim() || null, form };
}

/**
 * The speaker in the words right after a closing quotation mark: `," said X`, `," X said`,
 * `," X, a former member of parliament, said`, `," according to X`, `" ― X`. `from` is where to
 * start.
 */
export function speakerAfter(text: string, from: number): SpeakerClause | null {
  const rest = text.slice(from, from + 300);
  const normal = NORMAL.exec(rest);
  if (normal?.[1] && !/^(?:[Tt]he|[Aa]n?)\s*$/.test(normal[1]) && namesSomebody(normal[1])) {
    return clause(text, normal[1], from + normal.index, normal[2] ?? null);
  }
  // A credit line: `"…" ― Sonya Herridge`.
  const credit = CREDIT.exec(rest)?.[1];
  if (credit && namesSomebody(credit)) return clause(text, credit, from, null);
  const inverted = INVERTED.exec(rest);
  if (inverted?.[2] && namesSomebody(inverted[2])) {
    return clause(
      text,
      inverted[2],
      from + inverted.index + inverted[0].indexOf(inverted[2], inverted[1]?.length ?? 0),
      inverted[3] ?? null,
    );
  }
  return null;
}

// Every quote of a paragraph looks for cues in it: the cues of the last few texts are kept, so a
// paragraph of many quotes is not searched again per quote.
const cuesOf = rememberedRecent((text) => {
  const found: { index: number; 0: string }[] = [];
  // One object per cue, made here: spreading matchAll's results made each match twice.
  for (const m of text.matchAll(CUE_ANYWHERE)) found.push({ index: m.index, 0: m[0] });
  return found;
});

/** The cues lying wholly in `text[from, to)`, with offsets relative to `from`. */
function cuesIn(text: string, from: number, to: number): { index: number; 0: string }[] {
  return cuesOf(text)
    .filter((c) => c.index >= from && c.index + c[0].length <= to)
    .map((c) => ({ index: c.index - from, 0: c[0] }));
}

/**
 * The speaker in the words of the same sentence before an opening mark, `text[from, to)`:
 * `X said: "…`, `X said that "…`, `X described it as a "…`, `According to X, "…`,
 * `X blasted Y, calling him a "…` and transcript style `X: "…`.
 */
export function speakerBefore(text: string, from: number, to: number): SpeakerClause | null {
  const seg = text.slice(from, to);
  // Only a segment ending in a colon can be transcript style; the test first keeps it cheap.
  const tail = seg.slice(-120);
  const colon = /:\s*$/u.test(tail) ? /(\p{Lu}[^:]{0,80}?)\s*:\s*$/u.exec(tail) : null;
  const cues = cuesIn(text, from, to);
  const candidates: SpeakerClause[] = [];
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i];
    if (!cue) continue;
    const gap = seg.slice(cue.index + cue[0].length);
    // The caller starts `from` at the sentence start, so only a semicolon can part cue and quote.
    if (gap.length > 250 || /;\s/.test(gap)) break;
    // "the so-called “…”" reports nobody's words.
    if (/\bso[\s-]$/i.test(seg.slice(0, cue.index))) continue;
    const inverted = INVERTED_GAP.exec(gap)?.[1];
    if (/^[Aa]ccording\s+to$/.test(cue[0])) {
      const np = NP_AFTER.exec(gap)?.[1];
      if (np) candidates.unshift(clause(text, np, from + cue.index + cue[0].length, null));
    } else if (inverted && namesSomebody(inverted) && !takesListener(cue[0])) {
      candidates.unshift(clause(text, inverted, from + cue.index + cue[0].length, null));
    } else {
      // A participle reports speech after a comma ("…, saying"); elsewhere it is a modifier
      // ("statements calling for a ban").
      if (isParticiple(cue[0]) && !/,\s*$/.test(seg.slice(0, cue.index))) continue;
      const subject = isParticiple(cue[0])
        ? mainSubject(seg.slice(0, cue.index))
        : subjectOf(seg.slice(0, cue.index));
      if (subject)
        candidates.unshift(clause(text, subject.surface, from + subject.start, subject.role));
    }
  }
  // In a chain of reporting ("X said he believes…", "X said the world lost a voice that said…")
  // the outermost named speaker is credited; a noun phrase only when nobody is named.
  // Cues in a fronted clause ("When Sanders accused Clinton…, she said") or a relative clause
  // ("Mr. Trump, who said last week…") are not the main clause's.
  // A clause joined by ", but" or ", while" has its own speaker ("The Lib Dems say…, but Liam
  // Fox said his party offered a “…”"): the quote's is in the last such clause.
  const joined = [...seg.matchAll(/,\s+(?:but|while|whereas|although|though|yet)\s+/gu)].pop();
  const mainFrom =
    from +
    Math.max(SUBORDINATE.exec(seg)?.[0].length ?? 0, joined ? joined.index + joined[0].length : 0);
  const named =
    candidates.find((c) => c.form !== "common" && c.surface !== "who" && c.start >= mainFrom) ??
    candidates.find((c) => c.form !== "common");
  if (named) return named;
  const closest = candidates[candidates.length - 1];
  if (closest) return closest;
  const transcript = colon?.[1] ? trailingName(colon[1]) : null;
  if (
    colon?.[1] &&
    transcript &&
    namesSomebody(transcript.name) &&
    transcript.start + transcript.name.length === colon[1].length
  ) {
    const at = seg.length - tail.length + colon.index;
    return clause(text, transcript.name, from + at + transcript.start, null);
  }
  return null;
}

/**
 * The named subject (a name or pronoun) of the sentence `text[from, to)`, for a quote inside it
 * with no reporting verb we know ("Merkel condemned “such a murderous attack”").
 */
export function sentenceSubject(text: string, from: number, to: number): SpeakerClause | null {
  const subject = mainSubject(text.slice(from, to));
  return subject ? clause(text, subject.surface, from + subject.start, null) : null;
}

// Compiled once: the cue alternation is long, and these run for every quote.
const ENDS_WITH_CUE = new RegExp(String.raw`${WORD_START}${CUE}[,:]?\s*$`, "u");
const LEAD_IN = new RegExp(
  String.raw`${WORD_START}${CUE}(?:\s+(?:that|${NAME_SOURCE}|reporters|me|us|him|her|them))?,?$`,
  "u",
);

/** Whether `text` ends with a lead-in for a quote that follows (`… Muttaqi said:`). */
export function endsWithLeadIn(text: string): boolean {
  // Only the end can matter: a bounded tail keeps a long paragraph cheap.
  const tail = text.slice(-200);
  return /:\s*$/.test(tail) || ENDS_WITH_CUE.test(tail);
}

/** Whether the words before an opening mark end right at a cue (`said: "`, `said that "`, `told Reuters, "`). */
export function isLeadIn(lead: string): boolean {
  return /:$/.test(lead) || LEAD_IN.test(lead.slice(-200));
}
