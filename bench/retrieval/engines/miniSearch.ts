import MiniSearch from "minisearch";
import type { RetrieverSpec } from "../retriever.js";

/** MiniSearch with its defaults; it requires the fields to be named, so: title and text. */
export const miniSearchSpec: RetrieverSpec = {
  name: "MiniSearch",
  config: "defaults; fields [title, text] (required choice); OR query, no prefix/fuzzy",
  build(paragraphs) {
    const index = new MiniSearch<{ id: number; title: string; text: string }>({
      fields: ["title", "text"],
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
