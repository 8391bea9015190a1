import { create, insertMultiple, search } from "@orama/orama";
import type { RetrieverSpec } from "../retriever.js";

/**
 * Orama with its defaults: English tokenizer without stemming or stop words, BM25
 * (k 1.2, b 0.75, d 0.5), threshold 1 (any word may match), no typo tolerance.
 */
export const oramaSpec: RetrieverSpec = {
  name: "Orama",
  config: "defaults; schema {title, text: string}; search {term, limit}",
  async build(paragraphs) {
    const db = create({ schema: { title: "string", text: "string" } as const });
    await insertMultiple(
      db,
      paragraphs.map((p) => ({ id: String(p.index), title: p.title, text: p.context })),
    );
    return {
      async search(question, limit) {
        const result = await search(db, { term: question, limit });
        return result.hits.map((h) => Number(h.id));
      },
    };
  },
};
