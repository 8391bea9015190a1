import lunr from "lunr";
import type { RetrieverSpec } from "../retriever.js";

/**
 * Lunr with its default pipeline (trimmer, English stop words, Porter stemmer), plus the
 * trimmer in the search pipeline before the stemmer, the maintainers' workaround for a query
 * word keeping its punctuation ("question?" matched nothing; lunr.js issue #532). A question
 * is passed as terms through `Index#query` with `lunr.tokenizer`, as Lunr's `Query#term` docs
 * show for raw user text: `Index#search` would parse "?", ":" and "-" as query syntax.
 */
export const lunrSpec: RetrieverSpec = {
  name: "Lunr",
  config:
    "defaults (stop words + Porter) + trimmer in the search pipeline (issue #532); fields title, text; query via q.term(lunr.tokenizer(q))",
  build(paragraphs) {
    const index = lunr(function () {
      this.searchPipeline.before(lunr.stemmer, lunr.trimmer);
      this.ref("id");
      this.field("title");
      this.field("text");
      for (const p of paragraphs)
        this.add({ id: String(p.index), title: p.title, text: p.context });
    });
    return {
      search: (question, limit) =>
        index
          .query((q) => q.term(lunr.tokenizer(question), {}))
          .slice(0, limit)
          .map((r) => Number(r.ref)),
    };
  },
};
