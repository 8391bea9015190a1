import type { SourceRef, SpeakerDirectory, SpeakerEntry, SpeakerQuote } from "./directoryTypes.js";
import { quotesAbout } from "./quotesAbout.js";
import { bestMatches, closestEntries } from "./speakerMatch.js";

/** What a typed speaker name refers to. */
export type SpeakerLookup =
  /** One entry with quotes; `quotes` already filtered by `about` when given. */
  | {
      readonly kind: "match";
      readonly query: string;
      readonly speaker: SpeakerEntry;
      readonly quotes: readonly SpeakerQuote[];
    }
  /** The name fits several entries: ask which. Most-quoted first. */
  | {
      readonly kind: "ambiguous";
      readonly query: string;
      readonly candidates: readonly SpeakerEntry[];
    }
  /** A known person or body with no direct quotes, and where it is mentioned. */
  | {
      readonly kind: "unquoted";
      readonly query: string;
      readonly speaker: SpeakerEntry;
      readonly mentions: readonly SourceRef[];
    }
  /** Nobody by that name; the closest names, if any are close. */
  | {
      readonly kind: "unknown";
      readonly query: string;
      readonly suggestions: readonly SpeakerEntry[];
    };

/** Options for {@link resolveSpeaker}. */
export interface ResolveOptions {
  /** Words the quotes must be about (see `quotesAbout`); default: no filter. */
  readonly about?: string;
  /** How many suggestions an unknown name gets; default 5. */
  readonly suggestions?: number;
}

/**
 * Looks up a speaker by a typed name: an entry id, the canonical name, an alias, any of its
 * words ("Muttaqi", "Maryam") or their beginnings. A typo is not taken as a match: it comes back
 * `unknown` with the closest names as suggestions, so nobody is quoted on a guess.
 */
export function resolveSpeaker(
  directory: SpeakerDirectory,
  query: string,
  options: ResolveOptions = {},
): SpeakerLookup {
  const found = (speaker: SpeakerEntry): SpeakerLookup => {
    if (speaker.quotes.length === 0)
      return { kind: "unquoted", query, speaker, mentions: speaker.mentions };
    const quotes =
      options.about === undefined ? speaker.quotes : quotesAbout(speaker.quotes, options.about);
    return { kind: "match", query, speaker, quotes };
  };
  const hits = bestMatches(directory, query, ["exact", "words", "prefix"]);
  const [only] = hits;
  if (hits.length === 1 && only) return found(only);
  if (hits.length > 1) {
    // Someone quoted beats namesakes who are only mentioned, when exactly one is quoted.
    const quoted = hits.filter((h) => h.quotes.length > 0);
    if (quoted.length === 1 && quoted[0]) return found(quoted[0]);
    return {
      kind: "ambiguous",
      query,
      candidates: [...hits].sort((a, b) => b.quotes.length - a.quotes.length),
    };
  }
  return {
    kind: "unknown",
    query,
    suggestions: closestEntries(directory, query, options.suggestions ?? 5),
  };
}
