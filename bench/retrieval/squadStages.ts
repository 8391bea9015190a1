/**
 * Where `ask` loses SQuAD held-out questions, stage by stage, as the dev bench reports its own:
 * the gold paragraph retrieved, a candidate sentence holding a gold answer, the chooser's top
 * holding it, refused by which checks, and the answer (its sentences, as `answerAccuracy`
 * judges) holding it. The same judging as the full run, without the peer engines: all 4,874
 * held-out questions in about a minute, or an evenly spread sample. Writes each question's outcome to `--out FILE` (JSON)
 * so two runs can be diffed.
 * `npx tsx bench/retrieval/squadStages.ts [size] [--half tune|held-out|all] [--out FILE]
 * [--list STAGE]` (default: every held-out question).
 */
import { writeFileSync } from "node:fs";
import { traceAsk } from "../../src/answer/ask.js";
import { cleanQuestion } from "../../src/answer/cleanQuestion.js";
import type { RankedCandidate } from "../../src/answer/rankSentences.js";
import { preloadRelatedTerms } from "../../src/answer/relatedTerms.js";
import { understandQuestion } from "../../src/answer/understandQuestion.js";
import { paragraphsOf } from "../../src/answer/missingFact.js";
import { refusals, VERIFY } from "../../src/answer/verifyAnswer.js";
import { SQUAD_FILE } from "../lib/benchPaths.js";
import { containsAnswer } from "./normalizeAnswer.js";
import { readSquad, sampleQuestions, SLICES, type SquadQuestion } from "./squad.js";
import { squadArticleId, squadKnowledge } from "./squadKnowledge.js";

/** The furthest stage a question reached. */
type Stage =
  | "not retrieved"
  | "retrieved, no candidate holds it"
  | "a candidate holds it, not the top"
  | "top holds it, refused"
  | "top holds it, answer lacks it"
  | "right"
  | "right, top lacks it";

interface Outcome {
  readonly id: string;
  readonly q: string;
  readonly stage: Stage;
  readonly refused: readonly string[];
  readonly top: string;
}

const squad = readSquad(SQUAD_FILE);
if (!squad) {
  console.log(`squadStages: skipped, no data at ${SQUAD_FILE}`);
  process.exit(0);
}
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const size = Number(
  args.find((a, i) => /^\d+$/u.test(a) && !args[i - 1]?.startsWith("--")) ?? Infinity,
);
preloadRelatedTerms();
const knowledge = squadKnowledge(squad.paragraphs);
const stories = paragraphsOf(knowledge);
const half = SLICES.find((s) => s.name === (option("--half") ?? "held-out"));
if (!half) throw new Error(`--half is one of ${SLICES.map((s) => s.name).join(", ")}`);
const questions = sampleQuestions(squad.questions.filter(half.includes), size);

/** The text a candidate offers: its sentence, and its carrier when it holds no answer itself. */
const offered = (c: RankedCandidate): string =>
  [c.sentence.text, c.answers.length ? "" : (c.carrier?.sentence.text ?? "")].join(" ");

const outcomes: Outcome[] = [];
const cpu = process.cpuUsage();
for (const q of questions) outcomes.push(outcome(q));
const used = process.cpuUsage(cpu);

function outcome(q: SquadQuestion): Outcome {
  const { hits, ranked, result } = traceAsk(knowledge, q.question);
  const gold = squadArticleId(q.paragraph);
  const shown = result.sentences.map((s) => s.text).join(" ");
  const right = !result.abstained && containsAnswer(shown, q.answers);
  const best = ranked[0];
  const topHolds = best !== undefined && containsAnswer(offered(best), q.answers);
  const refused =
    best === undefined
      ? []
      : refusals(
          understandQuestion(cleanQuestion(q.question, knowledge.stats).text, knowledge.stats),
          best,
          VERIFY,
          stories,
        );
  const base = { id: q.id, q: q.question, refused, top: best?.sentence.text.slice(0, 160) ?? "" };
  if (right) return { ...base, stage: topHolds ? "right" : "right, top lacks it" };
  if (topHolds)
    return {
      ...base,
      stage: refused.length ? "top holds it, refused" : "top holds it, answer lacks it",
    };
  if (ranked.some((c) => c.passage.articleId === gold && containsAnswer(offered(c), q.answers)))
    return { ...base, stage: "a candidate holds it, not the top" };
  if (hits.some((h) => h.passage.articleId === gold))
    return { ...base, stage: "retrieved, no candidate holds it" };
  return { ...base, stage: "not retrieved" };
}

const pct = (n: number): string => `${((100 * n) / (outcomes.length || 1)).toFixed(1)}%`;
const right = outcomes.filter((o) => o.stage.startsWith("right")).length;
console.log(
  `SQuAD ${half.name} sample of ${outcomes.length}: right ${right} (${pct(right)}); ` +
    `${((used.user + used.system) / 1000 / outcomes.length).toFixed(2)} ms CPU/question`,
);
const stages: Stage[] = [
  "right",
  "right, top lacks it",
  "top holds it, refused",
  "top holds it, answer lacks it",
  "a candidate holds it, not the top",
  "retrieved, no candidate holds it",
  "not retrieved",
];
for (const stage of stages) {
  const n = outcomes.filter((o) => o.stage === stage).length;
  console.log(`  ${stage.padEnd(36)} ${String(n).padStart(5)}  ${pct(n).padStart(6)}`);
}
const byCheck = new Map<string, [number, number]>();
for (const o of outcomes.filter((x) => x.stage === "top holds it, refused")) {
  for (const r of o.refused) {
    const counts = byCheck.get(r) ?? [0, 0];
    counts[0]++;
    if (o.refused.length === 1) counts[1]++;
    byCheck.set(r, counts);
  }
}
console.log(`  refusals of a top holding the gold (any / alone):`);
for (const [check, [n, alone]] of [...byCheck].sort((a, b) => b[1][0] - a[1][0]))
  console.log(`    ${check.padEnd(12)} ${n} / ${alone}`);
const out = option("--out");
if (out) writeFileSync(out, JSON.stringify(outcomes, null, 1));
const list = option("--list");
if (list)
  for (const o of outcomes.filter((x) => x.stage.startsWith(list)))
    console.log(`[${o.refused.join(",")}] ${o.q}\n    ${o.top}`);
