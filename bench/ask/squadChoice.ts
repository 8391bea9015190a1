/**
 * SQuAD held-out answer accuracy under chooser weights, as `npm run bench -- --only retrieval`
 * measures it (a gold answer inside the returned sentences), without the retrieval engines:
 * each question is asked once and its candidates re-ranked per variant, given as weights over
 * `CHOOSE_WEIGHTS` (JSON, unnamed keys keep their weight).
 * `npx tsx bench/ask/squadChoice.ts '{"shape":0}' [--size N]` (N: an evenly spread sample).
 */
import { traceAsk } from "../../src/answer/ask.js";
import { CHOOSE_WEIGHTS } from "../../src/answer/chooseWeights.js";
import { composeAnswer } from "../../src/answer/composeAnswer.js";
import { cleanQuestion } from "../../src/answer/cleanQuestion.js";
import { chooseScore, type ChooseWeights } from "../../src/answer/rankSentences.js";
import { preloadRelatedTerms } from "../../src/answer/relatedTerms.js";
import { understandQuestion } from "../../src/answer/understandQuestion.js";
import { paragraphsOf } from "../../src/answer/missingFact.js";
import { acceptsAnswer } from "../../src/answer/tiedAnswer.js";
import { SQUAD_FILE } from "../lib/benchPaths.js";
import { containsAnswer } from "../retrieval/normalizeAnswer.js";
import { readSquad, sampleQuestions, SLICES } from "../retrieval/squad.js";
import { squadKnowledge } from "../retrieval/squadKnowledge.js";

const squad = readSquad(SQUAD_FILE);
if (!squad) {
  console.log(`squadChoice: skipped, no data at ${SQUAD_FILE}`);
  process.exit(0);
}
preloadRelatedTerms();
const args = process.argv.slice(2);
const knowledge = squadKnowledge(squad.paragraphs);
const stories = paragraphsOf(knowledge);
const heldOut = squad.questions.filter(SLICES.find((s) => s.name === "held-out")!.includes);
const size = args.includes("--size") ? Number(args[args.indexOf("--size") + 1]) : heldOut.length;
const questions = sampleQuestions(heldOut, size);
const variants: ChooseWeights[] = [
  CHOOSE_WEIGHTS,
  ...args
    .filter((a) => a.startsWith("{"))
    .map((a) => ({ ...CHOOSE_WEIGHTS, ...(JSON.parse(a) as Partial<ChooseWeights>) })),
];
const right = variants.map(() => 0);
for (const q of questions) {
  const { ranked } = traceAsk(knowledge, q.question);
  const understood = understandQuestion(
    cleanQuestion(q.question, knowledge.stats).text,
    knowledge.stats,
  );
  variants.forEach((w, v) => {
    const order = ranked
      .map((c) => ({ ...c, score: chooseScore(c.features, w) }))
      .sort((a, b) => b.score - a.score || a.passage.order - b.passage.order);
    if (!acceptsAnswer(understood, order[0], stories)) return;
    const text = composeAnswer(knowledge, understood, order)
      .sentences.map((s) => s.text)
      .join(" ");
    if (containsAnswer(text, q.answers)) right[v]!++;
  });
}
variants.forEach((_, v) =>
  console.log(
    `${v === 0 ? "current" : args.filter((a) => a.startsWith("{"))[v - 1]}: ${right[v]}/${questions.length} ${((100 * right[v]!) / questions.length).toFixed(1)}%`,
  ),
);
