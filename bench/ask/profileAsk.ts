/**
 * Asks every dev question `PASSES` times (default 3) of the BBC corpus and prints CPU time per
 * pass, so `/ask`'s cost can be profiled on its own: run it under `node --cpu-prof --import tsx`
 * and read the profile's hottest functions (the first pass pays for compiling and caches).
 */
import { ask } from "../../src/answer/ask.js";
import { preloadRelatedTerms } from "../../src/answer/relatedTerms.js";
import { readBbcQuestions } from "../lib/bbcQuestions.js";
import { bbcKnowledge } from "../lib/bbcKnowledge.js";
import { summarize } from "../lib/percentiles.js";

const questions = readBbcQuestions();
if (!questions) {
  console.log("profileAsk: skipped, no BBC dev questions");
} else {
  const { knowledge } = bbcKnowledge();
  preloadRelatedTerms();
  const all = [...questions.answerable.map((q) => q.q), ...questions.outOfCorpus];
  const passes = Number(process.env.PASSES ?? 3);
  for (let pass = 1; pass <= passes; pass++) {
    const s = summarize(
      all.map((q) => {
        const start = process.cpuUsage();
        ask(knowledge, q);
        const used = process.cpuUsage(start);
        return (used.user + used.system) / 1000;
      }),
    );
    console.log(`pass ${pass}: mean ${s.mean.toFixed(2)} ms, p99 ${s.p99.toFixed(2)} ms`);
  }
}
