import type { QuoteSource, SpeakerQuote } from "./directoryTypes.js";
import { foldName } from "./speakerKeys.js";
import type { QuoteMention } from "./types.js";

function quoteKey(text: string): string {
  return foldName(text).replace(/[^\p{L}\p{N} ]/gu, "");
}

/** Merges the same quote carried by several articles (or a partial quote inside a longer one). */
export function mergeQuotes(quotes: readonly QuoteMention[]): SpeakerQuote[] {
  const merged: {
    text: string;
    partial: boolean;
    context: string;
    key: string;
    sources: QuoteSource[];
  }[] = [];
  for (const q of quotes) {
    const key = quoteKey(q.text);
    const source: QuoteSource = {
      articleId: q.articleId,
      paragraph: q.paragraph,
      offset: q.offset,
      context: q.context,
      partial: q.partial,
    };
    const same = merged.find(
      (m) =>
        m.key === key ||
        (Math.min(m.key.length, key.length) >= 25 && (m.key.includes(key) || key.includes(m.key))),
    );
    if (!same) {
      merged.push({ text: q.text, partial: q.partial, context: q.context, key, sources: [source] });
      continue;
    }
    if (
      !same.sources.some(
        (s) =>
          s.articleId === source.articleId &&
          s.paragraph === source.paragraph &&
          s.offset === source.offset,
      )
    )
      same.sources.push(source);
    if (key.length > same.key.length)
      Object.assign(same, { text: q.text, partial: q.partial, context: q.context, key });
  }
  return merged
    .sort((a, b) => b.sources.length - a.sources.length)
    .map(({ text, partial, context, sources }) => ({ text, partial, context, sources }));
}
