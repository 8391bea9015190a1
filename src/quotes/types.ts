/** Whether a speaker is a person, an organisation (ministries, newspapers, countries) or unclear. */
export type SpeakerKind = "person" | "organisation" | "unknown";

/**
 * How a quote's speaker was found: a clause right after it (`," X said`), a lead-in ending at
 * the quote (`X said: "`), a reporting verb earlier in the sentence,
 * a clause closing the sentence, a lead-in ending the previous paragraph, the speaker of the
 * quote just before, the speaker of the sentence before, or the subject of the quote's sentence.
 */
export type AttributionRule =
  | "lead-in"
  | "after"
  | "before"
  | "sentence-end"
  | "previous-paragraph"
  | "continuation"
  | "previous-sentence"
  | "subject";

/** Where a span sits in a cleaned article: paragraph number (1-based) and offsets in its text. */
export interface ParagraphSpan {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

/** One direct quote found in an article, with the speaker it is attributed to. */
export interface QuoteMention {
  /** The quoted words, without the marks; the parts of a quote over several paragraphs joined by a space. */
  readonly text: string;
  /** True when the quote is a fragment inside the writer's sentence (`described it as a "…"`). */
  readonly partial: boolean;
  /** The sentence(s) around the quote, including the lead-in that names the speaker. */
  readonly context: string;
  /** The speaker as written where the quote is attributed ("he", "Muttaqi", "a spokesman"). */
  readonly speakerSurface: string;
  /** The resolved speaker name ("Amir Khan Muttaqi"), or null when the speaker is not named. */
  readonly speaker: string | null;
  readonly speakerKind: SpeakerKind;
  /** The speaker's role when the article gives it ("Afghanistan’s Acting Foreign Minister"). */
  readonly role: string | null;
  readonly articleId: string;
  /** 1-based paragraph where the quote starts. */
  readonly paragraph: number;
  /** Offset, in that paragraph, of the sentence where the quote starts: the passage to cite. */
  readonly offset: number;
  /** The quoted span: start in `paragraph`, end in `endParagraph` (equal unless the quote runs on). */
  readonly quoteStart: number;
  readonly endParagraph: number;
  readonly quoteEnd: number;
  /** Which rule found the speaker; "subject" (no reporting verb) is the least certain. */
  readonly attributedBy: AttributionRule;
  /** Where the speaker surface is written (may be an earlier paragraph, for `X said:` lead-ins). */
  readonly speakerAt: ParagraphSpan | null;
}

/** A person or body named in an article, quoted or not. */
export interface NameMention {
  /** The name as normalised for display ("Amir Khan Muttaqi", "Russia’s Ministry of Foreign Affairs"). */
  readonly name: string;
  readonly kind: SpeakerKind;
  /** Role given next to the name in this mention, if any. */
  readonly role: string | null;
  /** The surface as written, title included ("Russian President Vladimir Putin"). */
  readonly surface: string;
  readonly articleId: string;
  readonly paragraph: number;
  /** Offset of the name inside the paragraph. */
  readonly start: number;
  readonly end: number;
}
