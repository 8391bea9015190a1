/**
 * One question's top candidate as the checks see it: each question term (salient, name,
 * subject), its weight and match in the sentence's reach, and the refusals.
 * `npx tsx bench/ask/probeRefusal.ts "question" …`.
 */
import { traceAsk } from "../../src/answer/ask.js";
import { paragraphsOf } from "../../src/answer/missingFact.js";
import { relatedTerms } from "../../src/answer/relatedTerms.js";
import { questionWeights } from "../../src/answer/scoreSentence.js";
import { refusals, VERIFY } from "../../src/answer/verifyAnswer.js";
import { openDevBench } from "./devBench.js";

const bench = openDevBench("probeRefusal");
if (!bench) process.exit(0);
const { knowledge, understood } = bench;
const stories = paragraphsOf(knowledge);
for (const q of process.argv.slice(2)) {
  const question = understood(q);
  const { ranked, result } = traceAsk(knowledge, q);
  const top = ranked[0];
  console.log(
    `\n${q}\n  kind ${question.kind}, abstained ${result.abstained}: ${result.answer.slice(0, 140)}`,
  );
  if (!top) continue;
  const weights = questionWeights(question, knowledge.stats);
  const related = relatedTerms(question, knowledge.stats);
  question.terms.forEach((t, i) =>
    console.log(
      `  ${t.surface.padEnd(14)} ${t.term.padEnd(12)} w ${weights[i]!.toFixed(2)} found ${top.found[i]!.toFixed(2)} art ${top.inArticle[i]!.toFixed(2)}` +
        `${t.salient ? " salient" : ""}${t.name ? " name" : ""}${question.subject.includes(t) ? " subject" : ""} [${(related[i] ?? []).slice(0, 8).join(" ")}]`,
    ),
  );
  const f = top.features;
  console.log(
    `  near ${f.near.toFixed(2)} context ${f.context.toFixed(2)} typed ${f.typed} subject ${f.subject} predicate ${f.predicate.toFixed(2)}`,
  );
  console.log(
    `  refused: ${refusals(question, top, VERIFY, stories).join(", ")}  | ${top.sentence.text.slice(0, 140)}`,
  );
}
