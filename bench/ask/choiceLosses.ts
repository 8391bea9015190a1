/**
 * The questions the chooser loses with the fact in reach: answerable questions of one half of
 * the BBC dev set whose top candidate does not hold the fact while a lower one does. For each,
 * the top candidate and the best-ranked one holding the fact, with their scores and the
 * features that differ most, to sort the losses by why the right sentence loses.
 * `npx tsx bench/ask/choiceLosses.ts [--half tune|check] [--all]` (`--all`: every rank, not
 * only the top three); `--q "<question>"` shows one question's best candidates instead.
 */
import { traceAsk } from "../../src/answer/ask.js";
import type { CandidateFeatures } from "../../src/answer/candidateFeatures.js";
import { CHOOSE_WEIGHTS } from "../../src/answer/chooseWeights.js";
import type { RankedCandidate } from "../../src/answer/rankSentences.js";
import { devHalf, type Half } from "./devSplit.js";
import { allowedArticles, candidateHoldsFact } from "./judgeAnswer.js";
import { openDevBench } from "./devBench.js";

const args = process.argv.slice(2);
const half = (args.includes("--half") ? args[args.indexOf("--half") + 1] : "tune") as Half;
const bench = openDevBench("choiceLosses");
if (!bench) process.exit(0);
const { questions, knowledge, copies, understood } = bench;

/** The weighed features of `a` minus those of `b`, largest gaps first. */
function gaps(a: CandidateFeatures, b: CandidateFeatures): string {
  return (Object.keys(CHOOSE_WEIGHTS) as (keyof CandidateFeatures)[])
    .map((k) => [k, CHOOSE_WEIGHTS[k] * (a[k] - b[k])] as const)
    .filter(([, d]) => Math.abs(d) >= 0.02)
    .sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]))
    .map(([k, d]) => `${k}${d > 0 ? "+" : ""}${d.toFixed(2)}`)
    .join(" ");
}

const spans = (c: RankedCandidate): string =>
  c.answers.map((a) => c.sentence.text.slice(a.start, a.end)).join("|");
const show = (c: RankedCandidate): string =>
  `${c.score.toFixed(2)} ${c.passage.articleId} p${c.passage.paragraph} [${spans(c)}] «${c.sentence.text.slice(0, 170)}»${
    c.answers.length === 0 && c.carrier
      ? ` [carrier «${c.carrier.sentence.text.slice(0, 80)}»]`
      : ""
  }`;

// `--q "question"`: that question's eight best candidates, with their features.
if (args.includes("--q")) {
  const { ranked } = traceAsk(knowledge, args[args.indexOf("--q") + 1] ?? "");
  for (const c of ranked.slice(0, 8)) {
    const f = (Object.keys(CHOOSE_WEIGHTS) as (keyof CandidateFeatures)[])
      .map((k) => `${k} ${c.features[k].toFixed(2)}`)
      .join(", ");
    console.log(`${show(c)}\n    ${f}`);
  }
  process.exit(0);
}

let reachable = 0;
let top = 0;
let top3 = 0;
for (const q of questions.answerable) {
  if (devHalf(q.file) !== half) continue;
  const allowed = allowedArticles(q, copies);
  const { ranked } = traceAsk(knowledge, q.q);
  const goodRank = ranked.findIndex((c) => candidateHoldsFact(c, q, allowed));
  if (goodRank < 0) continue;
  reachable++;
  if (goodRank === 0) top++;
  if (goodRank < 3) top3++;
  if (goodRank === 0 || (goodRank >= 3 && !args.includes("--all"))) continue;
  const best = ranked[0]!;
  const good = ranked[goodRank]!;
  const u = understood(q.q);
  console.log(
    `\n[rank ${goodRank}] (${q.kind}) ${q.q}\n  subject ${u.subject.map((t) => t.surface).join(",")} | predicate ${u.predicate.map((t) => t.surface).join(",")} | fact ${(q.all ?? q.any ?? []).join(" / ")}\n  top  ${show(best)}\n  good ${show(good)}\n  top − good: ${gaps(best.features, good.features)}`,
  );
}
console.log(`\n${half}: top ${top}/${reachable}, top three ${top3}/${reachable}`);
