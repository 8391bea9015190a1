import type { Knowledge } from "../../../src/knowledge/knowledge.js";
import { retrieve } from "../../../src/search/retrieve.js";
import type { RetrieverSpec } from "../retriever.js";
import type { SquadParagraph } from "../squad.js";
import { squadKnowledge, squadParagraphOf } from "../squadKnowledge.js";

/** Newsdesk's retrieval spec, and the knowledge it built (for `ask` afterwards). */
export interface NewsdeskSpec extends RetrieverSpec {
  /** The knowledge built by `build`, or undefined before it ran. */
  readonly knowledge: () => Knowledge | undefined;
}

/**
 * Newsdesk's own retrieval, as `/ask` uses it: `retrieve` (rare terms gather candidates from
 * the MiniSearch index, then BM25 with word families, best sentence, phrases and title) over
 * knowledge built by `knowledgeFromArticles` (build time includes cleaning, passages and term
 * statistics). Passages are mapped back to their paragraph; a long paragraph
 * split into several passages counts once, at its best rank.
 */
export function newsdeskSpec(): NewsdeskSpec {
  let built: Knowledge | undefined;
  return {
    name: "Newsdesk",
    config: "knowledgeFromArticles + retrieve (src/search/retrieve.ts)",
    knowledge: () => built,
    build(paragraphs: readonly SquadParagraph[]) {
      const knowledge = squadKnowledge(paragraphs);
      built = knowledge;
      return {
        search(question, limit) {
          const out: number[] = [];
          for (const hit of retrieve(knowledge, question, limit * 3)) {
            const paragraph = squadParagraphOf(hit.passage.articleId);
            if (!out.includes(paragraph)) out.push(paragraph);
            if (out.length >= limit) break;
          }
          return out;
        },
      };
    },
  };
}
