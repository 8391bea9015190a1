/**
 * Which of `verifyAnswer`'s checks refuse a SQuAD answer that holds the gold text: SQuAD has no
 * near-misses, so every such refusal is a cost. Counts, per check, the held-out questions
 * (an evenly spread sample) whose top candidate holds a gold answer and that the check alone
 * refuses, and how many refused ones `tiedAnswer` answers all the same.
 * `npx tsx bench/ask/squadRefusals.ts [size]` (default 1,500).
 */
import { traceAsk } from "../../src/answer/ask.js";
import { cleanQuestion } from "../../src/answer/cleanQuestion.js";
import { preloadRelatedTerms } from "../../src/answer/relatedTerms.js";
import { understandQuestion } from "../../src/answer/understandQuestion.js";
import { paragraphsOf } from "../../src/answer/missingFact.js";
import { tiedAnswer } from "../../src/answer/tiedAnswer.js";
import { refusals, VERIFY } from "../../src/answer/verifyAnswer.js";
import { SQUAD_FILE } from "../lib/benchPaths.js";
import { containsAnswer } from "../retrieval/normalizeAnswer.js";
import { readSquad, sampleQuestions, SLICES } from "../retrieval/squad.js";
import { squadKnowledge } from "../retrieval/squadKnowledge.js";

const squad = readSquad(SQUAD_FILE);
if (!squad) {
  console.log(`squadRefusals: skipped, no data at ${SQUAD_FILE}`);
  process.exit(0);
}
preloadRelatedTerms();
const knowledge = squadKnowledge(squad.paragraphs);
const heldOut = SLICES.find((s) => s.name === "held-out")!;
const size = Number(process.argv[2] ?? 1500);
const questions = sampleQuestions(squad.questions.filter(heldOut.includes), size);
const alone = new Map<string, number>();
const any = new Map<string, number>();
let holding = 0;
let right = 0;
let tied = 0;
for (const q of questions) {
  const { ranked, result } = traceAsk(knowledge, q.question);
  const shown = result.sentences.map((s) => s.text).join(" ");
  if (!result.abstained && containsAnswer(shown, q.answers)) right++;
  const best = ranked[0];
  if (!best) continue;
  const cited = [
    best.sentence.text,
    best.answers.length ? "" : (best.carrier?.sentence.text ?? ""),
  ];
  if (!containsAnswer(cited.join(" "), q.answers)) continue;
  holding++;
  const u = understandQuestion(cleanQuestion(q.question, knowledge.stats).text, knowledge.stats);
  const refused = refusals(u, best, VERIFY, paragraphsOf(knowledge));
  // Refused, yet answered: an answer tied to the question (`tiedAnswer`).
  if (refused.length > 0 && tiedAnswer(u, best, paragraphsOf(knowledge))) tied++;
  for (const r of refused) any.set(r, (any.get(r) ?? 0) + 1);
  if (refused.length === 1) {
    alone.set(refused[0]!, (alone.get(refused[0]!) ?? 0) + 1);
    if (process.argv.includes("--list"))
      console.log(`[${refused[0]}] ${q.question}\n    ${best.sentence.text.slice(0, 160)}`);
  }
}
console.log(
  `\nSQuAD held-out sample of ${questions.length}: answer holds a gold answer ${right} (${((100 * right) / questions.length).toFixed(1)}%); top candidate holds one for ${holding}`,
);
console.log(`refused, but answered as tied to the question (tiedAnswer): ${tied}`);
console.log(`${"check".padEnd(12)} refuses (any / alone)`);
for (const [check, n] of [...any].sort((a, b) => b[1] - a[1]))
  console.log(`${check.padEnd(12)} ${n} / ${alone.get(check) ?? 0}`);
