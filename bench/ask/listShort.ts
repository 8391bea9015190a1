/**
 * Lists the short answers on one half of the BBC dev questions for classifying their errors:
 * `npx tsx bench/ask/listShort.ts [tune|check] [--all]`. Each answered question shows its
 * mark (right, WRONG, or none), whether the cited sentences hold the fact (only then is a
 * wrong or missing short answer the short answer's own fault), the engine's kind, the gold
 * facts, the short answer and the cited sentences. Without `--all`, right ones are left out.
 */
import { traceAsk } from "../../src/answer/ask.js";
import { cleanQuestion } from "../../src/answer/cleanQuestion.js";
import { preloadRelatedTerms } from "../../src/answer/relatedTerms.js";
import { understandQuestion } from "../../src/answer/understandQuestion.js";
import { readBbcQuestions } from "../lib/bbcQuestions.js";
import { bbcKnowledge } from "../lib/bbcKnowledge.js";
import { devHalf } from "./devSplit.js";
import { statesFact } from "./judgeAnswer.js";

const half = process.argv.includes("check") ? "check" : "tune";
const all = process.argv.includes("--all");
const questions = readBbcQuestions();
if (!questions) {
  console.log("listShort: no BBC dev questions under shared/data: skipped");
  process.exit(0);
}
const { knowledge } = bbcKnowledge();
preloadRelatedTerms();
const tally = { right: 0, wrong: 0, wrongHeld: 0, none: 0, noneHeld: 0 };
for (const q of questions.answerable) {
  if (devHalf(q.file) !== half) continue;
  const { result } = traceAsk(knowledge, q.q);
  if (result.abstained) continue;
  const kind = understandQuestion(cleanQuestion(q.q, knowledge.stats).text, knowledge.stats).kind;
  const sentences = result.sentences.map((s) => s.text).join(" ");
  const held = statesFact(sentences, q);
  const short = result.short?.text ?? null;
  const mark = short === null ? "none " : statesFact(short, q) ? "right" : "WRONG";
  if (mark === "right") tally.right++;
  else if (mark === "WRONG") {
    tally.wrong++;
    if (held) tally.wrongHeld++;
  } else {
    tally.none++;
    if (held) tally.noneHeld++;
  }
  if (mark === "right" && !all) continue;
  const facts = (q.all ?? q.any ?? []).join(" | ");
  console.log(`${mark} ${held ? "held" : "----"} ${q.kind}/${kind}\t${q.q}\t[${facts}]`);
  console.log(`    → ${short ?? ""}\n    ${sentences.slice(0, 400)}`);
}
console.log(
  `${half}: ${tally.right} right, ${tally.wrong} wrong (${tally.wrongHeld} with the fact cited), ` +
    `${tally.none} none (${tally.noneHeld} with the fact cited)`,
);
