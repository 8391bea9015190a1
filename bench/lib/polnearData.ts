import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import type { Article, Paragraph } from "../../src/corpus/types.js";
import { splitSentences } from "../../src/text/sentences.js";

/** A character span of a PolNeAR article's raw text. */
export interface PolnearSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** One annotated attribution (source, cue, content), as in the derived JSONL. */
export interface PolnearAttribution {
  readonly id: string;
  readonly type: "attribution" | "attribution-no-source";
  readonly source: readonly PolnearSpan[];
  readonly cue: readonly PolnearSpan[];
  readonly content: readonly PolnearSpan[];
  readonly content_has_quote_marks: boolean;
}

/** One (article, annotator) line of `polnear-attributions.jsonl.gz`. */
export interface PolnearDocument {
  readonly compartment: "train" | "dev" | "test";
  readonly article: string;
  readonly annotator: string;
  readonly publisher: string;
  readonly text: string;
  readonly attributions: readonly PolnearAttribution[];
}

/** Reads the derived PolNeAR file, or returns null when it is absent. */
export function readPolnear(file: string): PolnearDocument[] | null {
  if (!existsSync(file)) return null;
  return gunzipSync(readFileSync(file))
    .toString("utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as PolnearDocument);
}

/**
 * An Article over PolNeAR's raw text, one paragraph per non-blank line, with each paragraph's
 * offset in the raw text so predictions map back to the annotation offsets. The text is not
 * cleaned: cleaning would move offsets, and the marks (`''`, `"`, curly) are what we test.
 */
export function polnearArticle(doc: PolnearDocument): { article: Article; offsets: number[] } {
  const paragraphs: Paragraph[] = [];
  const offsets: number[] = [];
  for (const m of doc.text.matchAll(/[^\n]+/g)) {
    const lead = /^\s*/.exec(m[0])?.[0].length ?? 0;
    const text = m[0].slice(lead).trimEnd();
    if (!text) continue;
    offsets.push(m.index + lead);
    paragraphs.push({ number: paragraphs.length + 1, text, sentences: splitSentences(text) });
  }
  const article: Article = {
    id: `${doc.article}:${doc.annotator}`,
    path: doc.article,
    title: doc.article,
    published: null,
    source: doc.publisher,
    url: null,
    paragraphs,
  };
  return { article, offsets };
}
