import type { Citation } from "../answer/citation.js";
import { CitationList } from "../answer/citations.js";
import type { Knowledge } from "../knowledge/knowledge.js";
import type { SourceRef, SpeakerEntry } from "./directoryTypes.js";
import { resolveSpeaker } from "./resolveSpeaker.js";

/** A speaker as results show it. */
export interface SpeakerSummary {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly role: string | null;
  readonly kind: SpeakerEntry["kind"];
  readonly quoteCount: number;
}

/** A quote of a `/quote` answer, with its citations' numbers. */
export interface QuoteLine {
  readonly text: string;
  readonly partial: boolean;
  readonly context: string;
  readonly citations: readonly number[];
}

/** The result of `/quote`: plain data for any renderer. */
export type QuoteResult =
  | {
      readonly kind: "match";
      readonly query: string;
      readonly about: string | null;
      readonly speaker: SpeakerSummary;
      readonly quotes: readonly QuoteLine[];
      readonly allQuotes: number;
      readonly citations: readonly Citation[];
    }
  | {
      readonly kind: "ambiguous";
      readonly query: string;
      readonly about: string | null;
      readonly candidates: readonly SpeakerSummary[];
    }
  | {
      readonly kind: "unquoted";
      readonly query: string;
      readonly speaker: SpeakerSummary;
      readonly mentions: readonly number[];
      readonly citations: readonly Citation[];
    }
  | {
      readonly kind: "unknown";
      readonly query: string;
      readonly suggestions: readonly SpeakerSummary[];
    };

/** A directory entry as a summary. */
export function summarize(entry: SpeakerEntry): SpeakerSummary {
  return {
    id: entry.id,
    name: entry.name,
    aliases: entry.aliases,
    role: entry.role,
    kind: entry.kind,
    quoteCount: entry.quotes.length,
  };
}

/**
 * The direct quotes of the speaker `query` names, optionally only those `about` some words,
 * each cited; or the candidates when the name fits several, where a known person is mentioned
 * when they were never quoted, or the closest names when nobody fits.
 */
export function quote(
  knowledge: Knowledge,
  query: string,
  about: string | null = null,
): QuoteResult {
  const lookup = resolveSpeaker(knowledge.speakers(), query, about ? { about } : {});
  const citations = new CitationList((id) => knowledge.articles.get(id));
  const cite = (ref: SourceRef): number[] => {
    const passage = knowledge.passageAt(ref.articleId, ref.paragraph, ref.offset);
    return passage ? [citations.cite(passage)] : [];
  };
  switch (lookup.kind) {
    case "match": {
      const quotes = lookup.quotes.map((q) => ({
        text: q.text,
        partial: q.partial,
        context: q.context,
        citations: [...new Set(q.sources.flatMap(cite))],
      }));
      return {
        kind: "match",
        query,
        about,
        speaker: summarize(lookup.speaker),
        quotes,
        allQuotes: lookup.speaker.quotes.length,
        citations: citations.list(),
      };
    }
    case "ambiguous":
      return { kind: "ambiguous", query, about, candidates: lookup.candidates.map(summarize) };
    case "unquoted": {
      const mentions = [...new Set(lookup.mentions.flatMap(cite))];
      return {
        kind: "unquoted",
        query,
        speaker: summarize(lookup.speaker),
        mentions,
        citations: citations.list(),
      };
    }
    case "unknown":
      return { kind: "unknown", query, suggestions: lookup.suggestions.map(summarize) };
  }
}
