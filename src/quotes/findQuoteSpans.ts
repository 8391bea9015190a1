/** One piece of a quote inside one paragraph (0-based paragraph index, offsets into its text). */
export interface QuotePart {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/** A pair of quotation marks and what they enclose, possibly over several paragraphs. */
export interface QuoteSpan {
  /** The enclosed text of each paragraph, in order; marks excluded. */
  readonly parts: readonly QuotePart[];
  /** Offset of the opening mark in the first paragraph. */
  readonly openAt: number;
  /** Offset just after the closing mark in the last paragraph. */
  readonly closeEnd: number;
  /**
   * True for a piece of a quote that runs on with no closing mark: the next span, opening at
   * the sentence after it, continues it (`…lose. "I look at…`, several paragraphs on one line).
   */
  readonly runsOn?: boolean;
}

type MarkKind = "open" | "close" | "either" | "none";

interface Mark {
  readonly at: number;
  readonly length: number;
  readonly kind: MarkKind;
}

// Curly marks say which side they are; straight `"` and the `''` of older newswire text do not.
// Single curly marks are left alone: ’ is far more often an apostrophe than a nested quote.
const MARKS = /``|''|[“”"]/g;
const OPEN_BEFORE = /[\s([{—–\-/]/u;
const CLOSE_AFTER = /[\s,.;:!?)\]}—–-]/u;

function marksOf(text: string): Mark[] {
  const marks: Mark[] = [];
  for (const m of text.matchAll(MARKS)) {
    const at = m.index;
    const length = m[0].length;
    const before = at > 0 ? text[at - 1] : undefined;
    const after = text[at + length];
    let kind: MarkKind;
    if (m[0] === "“" || m[0] === "``") kind = "open";
    else if (m[0] === "”") kind = "close";
    else {
      const canOpen =
        (before === undefined || OPEN_BEFORE.test(before)) &&
        after !== undefined &&
        !/\s/.test(after);
      const canClose =
        (after === undefined || CLOSE_AFTER.test(after)) &&
        before !== undefined &&
        !/\s/.test(before);
      // `Argentina, " said X`: a mark set off by spaces after a comma or full stop closes.
      const spacedClose =
        before !== undefined &&
        /\s/.test(before) &&
        /[,.!?]/.test(text[at - 2] ?? "") &&
        (after === undefined || /\s/.test(after));
      if (spacedClose) kind = "close";
      else if (canOpen && !canClose) kind = "open";
      else if (canClose && !canOpen) kind = "close";
      else if (
        !canOpen &&
        !canClose &&
        before !== undefined &&
        /\s/.test(before) &&
        after !== undefined &&
        /\s/.test(after)
      )
        kind = "none";
      else kind = "either";
    }
    if (kind !== "none") marks.push({ at, length, kind });
  }
  return marks;
}

function firstContentChar(text: string): number {
  const m = /\S/.exec(text);
  return m ? m.index : text.length;
}

/**
 * Pairs quotation marks across an article's paragraphs. A quote left open at the end of a paragraph
 * continues when the next paragraph opens with a mark (the news convention for long quotes);
 * otherwise its opening mark was stray and is dropped, as are closing marks with no opener.
 */
export function findQuoteSpans(paragraphs: readonly string[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let pending: { parts: QuotePart[]; openAt: number } | null = null;
  paragraphs.forEach((text, index) => {
    const marks = marksOf(text);
    let open: { parts: QuotePart[]; openAt: number; from: number } | null = null;
    let i = 0;
    if (pending) {
      const first = marks[0];
      if (first && first.at === firstContentChar(text) && first.kind !== "close") {
        open = { parts: pending.parts, openAt: pending.openAt, from: first.at + first.length };
        i = 1;
      }
      pending = null;
    }
    for (; i < marks.length; i++) {
      const mark = marks[i];
      if (!mark) continue;
      if (!open) {
        if (mark.kind !== "close")
          open = { parts: [], openAt: mark.at, from: mark.at + mark.length };
        continue;
      }
      if (mark.kind === "open") {
        // A second opener before any closer. After a finished sentence the first quote runs on
        // (news style when paragraphs are joined on one line); otherwise the first was stray.
        const before = text.slice(open.from, mark.at).trimEnd();
        if (/[.!?…]['’]?$/u.test(before) && /[\p{L}\p{N}]/u.test(before)) {
          const end = open.from + before.length;
          spans.push({
            parts: [...open.parts, { index, start: open.from, end }],
            openAt: open.openAt,
            closeEnd: end,
            runsOn: true,
          });
        }
        open = { parts: [], openAt: mark.at, from: mark.at + mark.length };
        continue;
      }
      // Spaces before a closing mark (`Argentina, "`) are not part of the quote.
      const end = open.from + text.slice(open.from, mark.at).trimEnd().length;
      const parts = [...open.parts, { index, start: open.from, end }];
      spans.push({ parts, openAt: open.openAt, closeEnd: mark.at + mark.length });
      open = null;
    }
    if (open && /[\p{L}\p{N}]/u.test(text.slice(open.from))) {
      pending = {
        parts: [...open.parts, { index, start: open.from, end: text.trimEnd().length }],
        openAt: open.openAt,
      };
    }
  });
  return spans.filter((s) =>
    s.parts.some((p) => /[\p{L}\p{N}]/u.test(paragraphs[p.index]?.slice(p.start, p.end) ?? "")),
  );
}
