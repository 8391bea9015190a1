import type { QuoteSource, SpeakerQuote } from "./directoryTypes.js";
import { foldText } from "./speakerKeys.js";
import type { QuoteMention } from "./types.js";

function quoteKey(text: string): string {
  // Quotes are long and mostly seen once: remembering them would only hash them.
  return foldText(text).replace(/[^\p{L}\p{N} ]/gu, "");
}

/** How many earlier quotes of a speaker a new one is compared with for containment. */
const CONTAINMENT_WINDOW = 200;

/**
 * Merges the same quote carried by several articles (or a partial quote inside a longer one).
 * Equal quotes meet through a map; containment is checked against the most recent
 * {@link CONTAINMENT_WINDOW} quotes only, so a speaker with thousands of quotes stays linear.
 */
export function mergeQuotes(quotes: readonly QuoteMention[]): SpeakerQuote[] {
  interface Merged {
    text: string;
    partial: boolean;
    context: string;
    key: string;
    sources: QuoteSource[];
    where: Set<string>;
  }
  const merged: Merged[] = [];
  const byKey = new Map<string, Merged>();
  for (const q of quotes) {
    const key = quoteKey(q.text);
    const source: QuoteSource = {
      articleId: q.articleId,
      paragraph: q.paragraph,
      offset: q.offset,
      context: q.context,
      partial: q.partial,
    };
    let same = byKey.get(key);
    for (
      let i = merged.length - 1;
      !same && i >= Math.max(0, merged.length - CONTAINMENT_WINDOW);
      i--
    ) {
      const m = merged[i];
      if (
        m &&
        Math.min(m.key.length, key.length) >= 25 &&
        (m.key.includes(key) || key.includes(m.key))
      )
        same = m;
    }
    if (!same) {
      const fresh: Merged = {
        text: q.text,
        partial: q.partial,
        context: q.context,
        key,
        sources: [source],
        where: new Set(),
      };
      fresh.where.add(`${source.articleId}#${source.paragraph}@${source.offset}`);
      merged.push(fresh);
      byKey.set(key, fresh);
      continue;
    }
    const where = `${source.articleId}#${source.paragraph}@${source.offset}`;
    if (!same.where.has(where)) {
      same.where.add(where);
      same.sources.push(source);
    }
    if (key.length > same.key.length) {
      Object.assign(same, { text: q.text, partial: q.partial, context: q.context, key });
      byKey.set(key, same);
    }
  }
  return merged
    .sort((a, b) => b.sources.length - a.sources.length)
    .map(({ text, partial, context, sources }) => ({ text, partial, context, sources }));
}
