import type { Article, Paragraph } from "../corpus/types.js";
import { ArticleNames } from "./articleNames.js";
import { findNameMentions } from "./findNameMentions.js";
import { findQuoteSpans } from "./findQuoteSpans.js";
import { nameWords } from "./names.js";
import type { QuoteSpan } from "./findQuoteSpans.js";
import { attributeQuote, leadOf, maskQuotes } from "./attributeQuote.js";
import type { Attribution } from "./attributeQuote.js";
import { resolveSpeakerClause } from "./resolveSpeakerClause.js";
import type { ResolvedSpeaker } from "./resolveSpeakerClause.js";
import { sentenceEnd, sentenceOffset, sentenceStart } from "./sentenceStart.js";
import type { QuoteMention } from "./types.js";

function quoteText(paragraphs: readonly Paragraph[], span: QuoteSpan): string {
  return span.parts
    .map((p) => (paragraphs[p.index]?.text ?? "").slice(p.start, p.end).trim())
    .join(" ")
    .replace(/[\s,;:]+$/u, "");
}

/**
 * Finds the direct quotes of an article and who said them. Handles quotes that form their own
 * paragraph after `X said:`, quotes over several paragraphs, partial quotes inside a sentence and
 * speakers before, after or around the quote. Quotes with no attribution nearby (scare quotes,
 * titles, stray marks) are left out, since a quote is only useful with its speaker.
 */
export function extractQuotes(article: Article): QuoteMention[] {
  const paragraphs = article.paragraphs;
  const texts = paragraphs.map((p) => p.text);
  const spans = findQuoteSpans(texts);
  // Most of the work below is for attributing quotes: an article without any has none to do.
  if (spans.length === 0) return [];
  const names = new ArticleNames(findNameMentions(article), texts, spans);
  const masked = maskQuotes(texts, spans);
  const out: QuoteMention[] = [];
  const attributed = new Map<QuoteSpan, Attribution>();
  const resolvedAt = new Map<string, ResolvedSpeaker>();

  spans.forEach((span, k) => {
    const first = span.parts[0];
    const last = span.parts[span.parts.length - 1];
    if (!first || !last) return;
    const text = texts[first.index] ?? "";
    const lastText = texts[last.index] ?? "";
    const found = attributeQuote(masked, spans, k, attributed);
    if (!found) return;
    attributed.set(span, found);
    const { lead } = leadOf(masked, spans, k);

    const paragraph = paragraphs[first.index];
    if (!paragraph) return;
    // One clause credits all its quotes to one person: `He pledged … "decent" … "If the teenage
    // Michael Howard…"` is Michael Howard's throughout, though the last quote names him.
    const at = `${found.index}:${found.clause.start}`;
    let resolved = resolvedAt.get(at);
    if (!resolved) {
      resolved = resolveSpeakerClause(
        found.clause,
        paragraphs[found.index]?.number ?? 0,
        names,
        () => names.namedWithin(reportedWords(span, found, text)),
      );
      resolvedAt.set(at, resolved);
    }
    if (found.rule === "subject" && !trustedSubject(found.clause.surface, resolved.name)) return;
    // Words the speaker denied are someone else's: unclear whose. A single word is no quote.
    if (found.denied) {
      if (!/\s/u.test(quoteText(paragraphs, span))) return;
      resolved = { name: null, kind: "unknown", role: null };
    }
    if (resolved.name && resolved.kind === "person" && found.rule !== "continuation")
      names.noteSpeaker({
        name: resolved.name,
        kind: "person",
        role: resolved.role,
        surface: found.clause.surface,
        articleId: article.id,
        paragraph: paragraphs[found.index]?.number ?? 0,
        start: found.clause.start,
        end: found.clause.end,
      });
    const qText = quoteText(paragraphs, span);
    // A quote is partial when the writer's words run into it: not after "said:" or a comma,
    // nor at the start of a sentence (after the previous one's full stop).
    const partial =
      (lead !== "" && !/[:,.!?…]["”’)]?$/u.test(lead.trimEnd())) || /^\p{Ll}/u.test(qText);
    if (partial && looksLikeTitle(qText)) return;
    const merged = mergeContinuation(out, span, found, paragraph.number, qText, partial, lead);
    if (merged) return;
    // One word in marks inside the writer's sentence (he was "delighted") flags a word of the
    // writer's report: no quote to list on its own. A piece that goes on a quote ("…," he said,
    // "definitely.") was joined to it above.
    if (partial && !/\s/u.test(qText)) return;
    const sameParagraph = found.index === first.index;
    const ctxStart = sentenceStart(
      text,
      sameParagraph ? Math.min(found.clause.start, span.openAt) : span.openAt,
    );
    const endAt =
      found.index === last.index ? Math.max(found.clause.end, span.closeEnd) : span.closeEnd;
    const ctxEnd = sentenceEnd(lastText, Math.max(0, endAt - 1));
    let context =
      span.parts.length === 1
        ? text.slice(ctxStart, ctxEnd)
        : `${text.slice(ctxStart)} ${lastText.slice(0, ctxEnd)}`;
    if (found.index < first.index) {
      const prev = texts[found.index] ?? "";
      context = `${prev.slice(sentenceStart(prev, found.clause.start)).trim()} ${context}`;
    }
    out.push({
      text: qText,
      partial,
      context: context.trim(),
      speakerSurface: found.clause.surface,
      speaker: resolved.name,
      speakerKind: resolved.kind,
      role: resolved.role,
      articleId: article.id,
      paragraph: paragraph.number,
      offset: sentenceOffset(paragraph, span.openAt),
      quoteStart: first.start,
      endParagraph: paragraphs[last.index]?.number ?? paragraph.number,
      quoteEnd: last.end,
      attributedBy: found.rule,
      speakerAt: {
        paragraph: paragraphs[found.index]?.number ?? paragraph.number,
        start: found.clause.start,
        end: found.clause.end,
      },
    });
  });
  return out;
}

/**
 * The words a quote's "he" cannot stand for anyone named in: the quote's own, and with a cue
 * that closes its sentence (`But Mr Blair had been "hurt", he added.`) the whole sentence
 * before the cue, which is what he said, partly in his words.
 */
function reportedWords(
  span: QuoteSpan,
  found: Attribution,
  text: string,
): Pick<QuoteSpan, "parts"> {
  const first = span.parts[0];
  if (found.rule !== "sentence-end" || !first || found.index !== first.index) return span;
  const start = sentenceStart(text, span.openAt);
  return { parts: [...span.parts, { ...first, start, end: found.clause.start }] };
}

/**
 * Joins `"A," he said, "b."` into one quote: the second piece continues the first sentence, so
 * listing it alone would show a fragment. Returns true when `span` was merged into the last quote.
 */
function mergeContinuation(
  out: QuoteMention[],
  span: QuoteSpan,
  found: Attribution,
  paragraphNumber: number,
  text: string,
  partial: boolean,
  lead: string,
): boolean {
  const prev = out[out.length - 1];
  const at = found.clause;
  if (!prev || !partial || !/^\p{Ll}/u.test(text) || !/,$/.test(lead) || span.parts.length !== 1)
    return false;
  if (!prev.speakerAt || prev.speakerAt.start !== at.start || prev.endParagraph !== paragraphNumber)
    return false;
  const part = span.parts[0];
  if (!part) return false;
  out[out.length - 1] = {
    ...prev,
    text: `${prev.text}, ${text}`,
    endParagraph: paragraphNumber,
    quoteEnd: part.end,
  };
  return true;
}

/**
 * A short run of capitalised words inside a sentence is a title ("Parks and Recreation", ABC's
 * "This Week"), not somebody's words.
 */
function looksLikeTitle(text: string): boolean {
  const words = text.replace(/[.,!?]+$/u, "").split(/\s+/u);
  const small = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from|is|&)$/u;
  return (
    words.length <= 8 &&
    words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || small.test(w)) &&
    /^[\p{Lu}\p{N}]/u.test(words[0] ?? "")
  );
}

/**
 * Whether a sentence subject is trustworthy enough to credit a quote to without a reporting verb:
 * "he"/"she", or a name of two words or more (as written, or once a surname is resolved).
 * Single capitalised words at a sentence start are too often "Maybe", "Specifically", "Guns".
 */
function trustedSubject(surface: string, resolved: string | null): boolean {
  if (/^(?:he|she)$/i.test(surface)) return true;
  return resolved !== null && nameWords(resolved).length >= 2 && /^\p{Lu}/u.test(surface);
}
