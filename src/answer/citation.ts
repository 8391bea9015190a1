/** A numbered reference from a result to the passage that supports it. */
export interface Citation {
  /** 1-based number, in order of first use within one result. */
  readonly n: number;
  readonly articleId: string;
  readonly title: string;
  readonly published: string | null;
  readonly url: string | null;
  readonly source: string | null;
  readonly paragraph: number;
  /** The passage text, so a front end can show it. */
  readonly passage: string;
  readonly passageId: string;
}
