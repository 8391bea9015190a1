import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import bm25 from "wink-bm25-text-search";
import type { RetrieverSpec } from "../retriever.js";

/**
 * wink-bm25-text-search as its README sets it up: the prep task from its example (wink-nlp with
 * the English lite web model: words only, stop words dropped, negation marked, stems) and its
 * example field weights (title 1, body 2); BM25 defaults k1 1.2, b 0.75, k 1.
 */
export const winkBm25Spec: RetrieverSpec = {
  name: "wink-bm25",
  config:
    "README prep (wink-nlp lite model: words, no stop words, stems); fldWeights title 1, text 2",
  build(paragraphs) {
    const nlp = winkNLP(model);
    const its = nlp.its;
    const prepTask = (text: string): string[] => {
      const tokens: string[] = [];
      nlp
        .readDoc(text)
        .tokens()
        .filter((t) => t.out(its.type) === "word" && !t.out(its.stopWordFlag))
        .each((t) => {
          const stem = t.out(its.stem);
          tokens.push(t.out(its.negationFlag) ? `!${stem}` : stem);
        });
      return tokens;
    };
    const engine = bm25();
    engine.defineConfig({ fldWeights: { title: 1, text: 2 } });
    engine.definePrepTasks([prepTask]);
    for (const p of paragraphs) engine.addDoc({ title: p.title, text: p.context }, p.index);
    engine.consolidate();
    return {
      search: (question, limit) => engine.search(question, limit).map(([id]) => Number(id)),
    };
  },
};
