import type { SpeakerKind } from "./types.js";

/** A place a quote or a name appears: enough to cite the passage. */
export interface SourceRef {
  readonly articleId: string;
  /** 1-based paragraph number. */
  readonly paragraph: number;
  /** Offset of the sentence in the paragraph. */
  readonly offset: number;
}

/** One appearance of a quote in one article. */
export interface QuoteSource extends SourceRef {
  readonly context: string;
  readonly partial: boolean;
}

/** A distinct quote of a speaker, with every article that carries it. */
export interface SpeakerQuote {
  readonly text: string;
  readonly partial: boolean;
  /** The context of the first source, for display. */
  readonly context: string;
  readonly sources: readonly QuoteSource[];
}

/** One person or body: a canonical name, the other ways articles write it, and what it said. */
export interface SpeakerEntry {
  /** Stable within one directory; unique even when two people share a name. */
  readonly id: string;
  readonly name: string;
  readonly kind: SpeakerKind;
  /** The role articles give most often, or null. */
  readonly role: string | null;
  readonly roles: readonly string[];
  /** Other names that find this entry (surname, name with title, organisation variants). */
  readonly aliases: readonly string[];
  /** Direct quotes, most-cited first; empty for people who are only mentioned. */
  readonly quotes: readonly SpeakerQuote[];
  /** Where the entry is named, quoted or not. */
  readonly mentions: readonly SourceRef[];
}

/** Every speaker and named person of a corpus, most-quoted first. */
export interface SpeakerDirectory {
  readonly entries: readonly SpeakerEntry[];
  readonly byId: ReadonlyMap<string, SpeakerEntry>;
}
