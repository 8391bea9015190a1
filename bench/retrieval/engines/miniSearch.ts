import MiniSearch from "minisearch";
import { termOf } from "../../../src/text/tokens.js";
import type { RetrieverSpec } from "../retriever.js";

/**
 * MiniSearch as its README's "Term processing" section sets it up for real text: a
 * `processTerm` that drops stop words and stems, here Newsdesk's own (`termOf`: its stop words,
 * Porter stems, irregular verbs), so the comparison is of the index and ranking, not of the
 * word lists. Fields title and text (MiniSearch requires them named); OR query, no
 * prefix/fuzzy, BM25 defaults.
 */
export const miniSearchSpec: RetrieverSpec = {
  name: "MiniSearch",
  config:
    "fields [title, text]; processTerm = Newsdesk's termOf (stop words, Porter stems), as the README's Term processing shows; OR query",
  build(paragraphs) {
    const index = new MiniSearch<{ id: number; title: string; text: string }>({
      fields: ["title", "text"],
      processTerm: (term) => termOf(term) ?? null,
    });
    index.addAll(paragraphs.map((p) => ({ id: p.index, title: p.title, text: p.context })));
    return {
      search: (question, limit) =>
        index
          .search(question)
          .slice(0, limit)
          .map((r) => Number(r.id)),
    };
  },
};
