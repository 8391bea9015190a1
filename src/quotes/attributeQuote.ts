import type { QuoteSpan } from "./findQuoteSpans.js";
import {
  endsWithLeadIn,
  isLeadIn,
  sentenceSubject,
  speakerAfter,
  speakerBefore,
} from "./findSpeaker.js";
import type { SpeakerClause } from "./findSpeaker.js";
import type { AttributionRule } from "./types.js";
import { reportedBy, spokespersonTurn } from "./otherSpeaker.js";
import { mentionsCue } from "./speakerPatterns.js";
import { deniesQuotedWords } from "./deniedWords.js";
import { CUE } from "./cueWords.js";
import { AUX } from "./speakerPatterns.js";
import { sentenceEnd, sentenceStart } from "./sentenceStart.js";

/** Who a quote is credited to, where that is written (0-based paragraph index) and by which rule. */
export interface Attribution {
  readonly clause: SpeakerClause;
  readonly index: number;
  readonly rule: AttributionRule;
  /** The words are what the clause's speaker denied (`denied he was "gloating"`): not theirs. */
  readonly denied?: boolean;
}

/** The attribution clause that closes a sentence after the quote: `"…" and more, Gilbert said.` */
function speakerAtSentenceEnd(text: string, from: number): SpeakerClause | null {
  const end = sentenceEnd(text, from);
  for (
    let comma = text.indexOf(",", from);
    comma >= 0 && comma < end;
    comma = text.indexOf(",", comma + 1)
  ) {
    const found = speakerAfter(text, comma);
    // The clause must close the sentence (an appositive may follow the name).
    if (found && end - found.end <= 120 && !/[“"]/.test(text.slice(found.end, end))) return found;
  }
  return null;
}

// A speaker's verb right after the name (`Y, a critic, has said`); inverted clauses
// ("said Y") and credit lines do not match.
const CUE_NEXT = new RegExp(
  String.raw`^(?:[’']s)?(?:,[^“”"]{1,160}?,)?\s+(?:${AUX}\s+){0,3}${CUE}(?![\p{L}-])`,
  "u",
);
// What may follow the verb of a bare attribution: a listener ("told BBC News"), when and where.
const BARE_REST =
  /^(?:\s+(?:reporters|journalists|(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s*){1,4}))?(?:\s+(?:on|in|at|during|after|before|last|this|yesterday|earlier|later|afterwards|when|while)\b[^.:;“”"]{0,80}?)?\s*(?:[,.!?;]|$)/u;

/**
 * Whether the clause whose speaker ends at `from` goes on to report words of its own
 * (`Y said he would…`, `Y added: "…"`) rather than closing with its verb (`Y said.`, `Y said on
 * Monday.`, `Y told BBC News, looking…`).
 */
function reportsOwnWords(text: string, from: number): boolean {
  const cue = CUE_NEXT.exec(text.slice(from, from + 300));
  if (!cue) return false;
  const at = from + cue[0].length;
  return !BARE_REST.test(text.slice(at, Math.max(at, sentenceEnd(text, at))));
}

/**
 * Whether a quote starting at `lo` of paragraph `index` goes on with the speaker of `previous`:
 * nothing but that quote's own attribution ("…," she said.) lies between them, in the same
 * paragraph or at the end of the one before.
 */
function continuesPrevious(
  texts: readonly string[],
  previous: QuoteSpan,
  index: number,
  lo: number,
  startsParagraph: boolean,
): boolean {
  const end = previous.parts[previous.parts.length - 1]?.index;
  let between: string;
  if (end === index) between = (texts[index] ?? "").slice(previous.closeEnd, lo);
  else if (end === index - 1 && startsParagraph)
    between = (texts[end] ?? "").slice(previous.closeEnd);
  else return false;
  const gap = between.trim();
  // Only the quote's own short attribution ("…," he said.) may lie between: a longer gap, or
  // one naming somebody ("Earlier Tory leader Michael Howard sent…"), starts someone else's turn.
  return (
    gap === "" ||
    (mentionsCue(gap) &&
      gap.length <= 100 &&
      !/\p{Lu}[\p{L}’'-]*\s+\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|Sir)\.?\s/u.test(gap))
  );
}

/**
 * The paragraphs with the words inside every quote blanked (offsets kept), so cue words quoted
 * from someone else ("the so-called “says” rule") are not read as the writer's cues. The last
 * character inside each quote is kept: it may end a sentence. Built once per article.
 */
export function maskQuotes(texts: readonly string[], spans: readonly QuoteSpan[]): string[] {
  // The parts of each paragraph, in order (spans come in reading order).
  const parts = new Map<number, { start: number; end: number }[]>();
  for (const span of spans)
    for (const part of span.parts) {
      const list = parts.get(part.index);
      if (list) list.push(part);
      else parts.set(part.index, [part]);
    }
  return texts.map((text, index) => {
    const list = parts.get(index);
    if (!list) return text;
    let out = "";
    let at = 0;
    for (const { start, end } of list) {
      const from = Math.max(at, start);
      const to = Math.max(from, end - 1);
      out += text.slice(at, from) + " ".repeat(to - from);
      at = to;
    }
    return out + text.slice(at);
  });
}

/**
 * The quote's words before the opening mark, in its sentence, and where they start; `masked`
 * comes from {@link maskQuotes}.
 */
export function leadOf(
  masked: readonly string[],
  spans: readonly QuoteSpan[],
  k: number,
): { lead: string; lo: number; text: string } {
  const span = spans[k];
  const first = span?.parts[0];
  if (!span || !first) return { lead: "", lo: 0, text: "" };
  const text = masked[first.index] ?? "";
  const lo = sentenceStart(text, span.openAt);
  return { lead: text.slice(lo, span.openAt).trim(), lo, text };
}

/**
 * Finds who said the `k`-th quote, trying in turn: a clause right after the quote (`," X said`,
 * which wins even over a lead-in, as in `X declared: "…," she said`), a lead-in ending at the mark
 * (`X said: "`), a cue earlier in the sentence (`X described it as a "`) unless the sentence
 * gives the words to someone else (`a claim by Y that…`), a clause closing the sentence, a
 * lead-in ending the previous paragraph, an unnamed spokesman leading the reporting sentence
 * before, the speaker of the quote just before (news continues a speaker's quotes without
 * repeating the name) and, for a quote inside the writer's sentence, the subject of that
 * sentence. Words the sentence says its speaker denied or rejected (`denied he was "gloating"`)
 * are marked `denied`: someone else's. A whole-sentence quote with none of these is left unattributed: crediting the
 * previous sentence's subject was right only one time in five on PolNeAR train. `masked` comes from {@link maskQuotes}.
 */
export function attributeQuote(
  masked: readonly string[],
  spans: readonly QuoteSpan[],
  k: number,
  earlier: ReadonlyMap<QuoteSpan, Attribution>,
  lookAhead = 4,
): Attribution | undefined {
  const span = spans[k];
  const first = span?.parts[0];
  const last = span?.parts[span.parts.length - 1];
  if (!span || !first || !last) return undefined;
  const { lead, lo, text } = leadOf(masked, spans, k);
  const lastText = masked[last.index] ?? "";
  const inner = lastText.slice(last.start, last.end).trimEnd();
  // Only a quote that ends its clause (`…,"` `…?"` `…",`) can be followed by its attribution.
  const endsClause = /[,.!?…—–-]$/u.test(inner) || /^[,—–-]/u.test(lastText.slice(span.closeEnd));
  const here = (clause: SpeakerClause | null, index: number, rule: AttributionRule) =>
    clause ? { clause, index, rule } : undefined;
  // A clause right after the quote is the most direct attribution, even after a lead-in
  // ("Rhimes declared the need for drive: “…,” she said.").
  // A piece that runs on has the next piece, not its attribution, after it.
  const after = endsClause && !span.runsOn ? speakerAfter(lastText, span.closeEnd) : null;
  // …unless the quote closed its sentence and the next sentence reports words of its own
  // ('"…." Y said a win…', '"…?" Y added: "…'): only '"…." Y said.' credits the quote before.
  const closedSentence =
    /[.!?…]$/u.test(inner) && after !== null && reportsOwnWords(lastText, after.end);
  if (after && !closedSentence) return here(after, last.index, "after");
  // Only now: most quotes are credited by the clause after them, and this is the costly search.
  const before = speakerBefore(text, lo, span.openAt);
  if (before && (isLeadIn(lead) || /^[Aa]ccording to [^,]+,$/.test(lead)))
    return here(before, first.index, "lead-in");
  // Words the sentence puts in another mouth ("rejected a claim by Peter Hain that…") are that
  // person's, not the sentence's speaker's.
  const source = lead !== "" ? reportedBy(text, before?.end ?? lo, span.openAt) : null;
  if (source) return here(source, first.index, "before");
  if (before && deniesQuotedWords(text.slice(before.end, span.openAt)))
    return { clause: before, index: first.index, rule: "before", denied: true };
  if (before) return here(before, first.index, "before");
  const closing = span.runsOn ? null : speakerAtSentenceEnd(lastText, span.closeEnd);
  if (closing) return here(closing, last.index, "sentence-end");
  const startsParagraph = lead === "" && lo === 0;
  const prevText = first.index > 0 ? (masked[first.index - 1] ?? "") : "";
  if (startsParagraph && prevText && endsWithLeadIn(prevText)) {
    const clause = speakerBefore(
      prevText,
      sentenceStart(prevText, prevText.trimEnd().length - 1),
      prevText.length,
    );
    if (clause) return here(clause, first.index - 1, "previous-paragraph");
  }
  const previous = spans[k - 1];
  const inherited = previous ? earlier.get(previous) : undefined;
  // A quote inside the writer's sentence whose subject is a full name takes that name rather
  // than the speaker before ("Earlier Tory leader Michael Howard sent his “…”").
  const subject = lead !== "" ? sentenceSubject(text, lo, span.openAt) : null;
  if (subject && deniesQuotedWords(text.slice(subject.end, span.openAt)))
    return { clause: subject, index: first.index, rule: "subject", denied: true };
  if (subject?.form === "name" && /\p{Lu}\S*\s+\p{Lu}/u.test(subject.surface))
    return here(subject, first.index, "subject");
  // A sentence led by an unnamed spokesman who reports something starts the spokesman's turn.
  const spokesperson = lead !== "" ? spokespersonTurn(text, lo, span.openAt) : null;
  if (spokesperson) return here(spokesperson, first.index, "previous-sentence");
  if (
    previous &&
    inherited &&
    continuesPrevious(masked, previous, first.index, lo, startsParagraph)
  )
    return { clause: inherited.clause, index: inherited.index, rule: "continuation" };
  // The first piece of a run-on quote attributed only after a later piece (`"A. "B," he said.`).
  // Looking a few pieces ahead at most keeps a long run of pieces linear.
  if (span.runsOn && spans[k + 1] && lookAhead > 0) {
    const next = attributeQuote(masked, spans, k + 1, earlier, lookAhead - 1);
    if (next) return { ...next, rule: "continuation" };
  }
  // A quote inside the writer's sentence with a verb we do not list: credit the sentence's subject.
  return here(subject, first.index, "subject");
  return undefined;
}
