/**
 * Learns the chooser's feature weights and the verifier's thresholds on the tune half of the
 * BBC dev questions, and reports them on both halves:
 * `npx tsx bench/ask/tuneChooser.ts [--write]` (`--write` rewrites src/answer/chooseWeights.ts).
 * Coordinate ascent over a grid: the objective is the share of questions whose top candidate
 * holds the fact in an allowed article, then right answers plus right abstentions.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { chooseScore, type ChooseWeights } from "../../src/answer/rankSentences.js";
import { CHOOSE_WEIGHTS } from "../../src/answer/chooseWeights.js";
import { paragraphsOf } from "../../src/answer/missingFact.js";
import { acceptsAnswer } from "../../src/answer/tiedAnswer.js";
import { VERIFY, type VerifyLimits } from "../../src/answer/verifyAnswer.js";
import { REPO_ROOT } from "../lib/benchPaths.js";
import type { Half } from "./devSplit.js";
import { devCases, openDevBench, type DevCase } from "./devBench.js";

type Case = DevCase;

const bench = openDevBench("tuneChooser");
if (!bench) process.exit(0);
const { knowledge } = bench;
const cases = devCases(bench);

const top = (c: Case, w: ChooseWeights): number => {
  let best = -1;
  let bestScore = -Infinity;
  c.candidates.forEach((cand, i) => {
    const s = chooseScore(cand.features, w);
    if (s > bestScore) [best, bestScore] = [i, s];
  });
  return best;
};
const topShare = (half: Half, w: ChooseWeights): number => {
  const mine = cases.filter((c) => c.answerable && c.half === half);
  return mine.filter((c) => c.good[top(c, w)] === true).length / mine.length;
};
const outcome = (
  half: Half,
  w: ChooseWeights,
  limits: VerifyLimits,
): { right: number; abstained: number } => {
  const mine = cases.filter((c) => c.half === half);
  let right = 0;
  let abstained = 0;
  for (const c of mine) {
    const i = top(c, w);
    const best = i < 0 ? undefined : { ...c.candidates[i]!, score: 0 };
    const ok = acceptsAnswer(c.question, best, paragraphsOf(knowledge), limits);
    if (c.answerable && ok && c.good[i]) right++;
    if (!c.answerable && !ok) abstained++;
  }
  const n = mine.filter((c) => c.answerable).length;
  return { right: right / n, abstained: abstained / (mine.length - n) };
};

const GRID = [0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 1, 1.5, 2];
let weights: Record<keyof ChooseWeights, number> = { ...CHOOSE_WEIGHTS };
// `--set key=value` pins a weight: it is not searched.
const pinned = new Set<string>();
for (const arg of process.argv.filter((a) => /^\w+=[\d.]+$/u.test(a))) {
  const [key, value] = arg.split("=") as [keyof ChooseWeights, string];
  weights[key] = Number(value);
  pinned.add(key);
}
const report = (label: string): void =>
  console.log(
    `${label}: top candidate holds the fact — tune ${(100 * topShare("tune", weights)).toFixed(1)}%, check ${(100 * topShare("check", weights)).toFixed(1)}%`,
  );
report("before");
for (let pass = 0; pass < 3; pass++) {
  for (const key of Object.keys(weights) as (keyof ChooseWeights)[]) {
    if (key === "own" || pinned.has(key)) continue; // "own" sets the scale
    let bestValue = weights[key];
    let bestShare = topShare("tune", weights);
    for (const value of GRID) {
      const share = topShare("tune", { ...weights, [key]: value });
      if (share > bestShare + 1e-9) [bestValue, bestShare] = [value, share];
    }
    weights = { ...weights, [key]: bestValue };
  }
}
report("after");
console.log(JSON.stringify(weights));

let limits: Record<keyof VerifyLimits, number> = { ...VERIFY };
const objective = (l: VerifyLimits): number => {
  const o = outcome("tune", weights, l);
  return o.right + o.abstained;
};
for (let pass = 0; pass < 2; pass++)
  for (const key of Object.keys(limits) as (keyof VerifyLimits)[])
    for (const value of [0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8]) {
      const next = { ...limits, [key]: value };
      if (objective(next) > objective(limits) + 1e-9) limits = next;
    }
if (process.argv.includes("--curve"))
  for (const minContext of [0, 0.4, 0.5, 0.6, 0.7, 0.8])
    for (const minNear of [0, 0.3, 0.4, 0.5, 0.6]) {
      const o = outcome("tune", weights, { minContext, minNear });
      console.log(
        `  context ≥ ${minContext}, near ≥ ${minNear}: right ${(100 * o.right).toFixed(1)}%, abstained ${(100 * o.abstained).toFixed(1)}%`,
      );
    }
for (const half of ["tune", "check"] as const) {
  const o = outcome(half, weights, limits);
  console.log(
    `${half}: right ${(100 * o.right).toFixed(1)}%, out-of-corpus abstained ${(100 * o.abstained).toFixed(1)}%`,
  );
}
console.log("verify limits", JSON.stringify(limits));
if (process.argv.includes("--write")) {
  const file = path.join(REPO_ROOT, "src/answer/chooseWeights.ts");
  writeFileSync(
    file,
    `/**\n * Weights of the candidate features when choosing the answer sentence. Written by\n * \`bench/ask/tuneChooser.ts\` from the tune half of the BBC dev questions; the check half\n * decides whether they are kept.\n */\nexport const CHOOSE_WEIGHTS = ${JSON.stringify(weights, null, 2)} as const;\n`,
  );
  console.log(`wrote ${file}`);
}
if (process.argv.includes("--misses")) {
  for (const c of cases.filter((x) => x.answerable && x.half === "tune")) {
    const i = top(c, weights);
    if (c.good[i]) continue;
    const g = c.good.indexOf(true);
    const fmt = (k: number): string => {
      const cand = c.candidates[k];
      if (!cand) return "none";
      const f = cand.features;
      return `[${Object.values(f)
        .map((v) => v.toFixed(2))
        .join(" ")}] ${cand.sentence.text.slice(0, 160)}`;
    };
    console.log(
      `\nQ (${c.question.kind}) ${c.question.terms.map((t) => t.term).join(",")}\n  top:  ${fmt(i)}\n  good: ${fmt(g)}`,
    );
  }
}

// The verifier's confidence model: logistic regression over the top candidate's features,
// positives the answerable questions whose top candidate holds the fact, negatives the rest.
type Keys = keyof ChooseWeights;
const KEYS = Object.keys(CHOOSE_WEIGHTS) as Keys[];
const rows = (half: Half): { x: number[]; y: number; answerable: boolean; good: boolean }[] =>
  cases
    .filter((c) => c.half === half)
    .flatMap((c) => {
      const i = top(c, weights);
      const cand = c.candidates[i];
      if (!cand) return [];
      const good = c.good[i] === true;
      return [
        { x: KEYS.map((k) => cand.features[k]), y: good ? 1 : 0, answerable: c.answerable, good },
      ];
    });
const train = rows("tune");
let w = KEYS.map(() => 0);
let b = 0;
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const predict = (x: readonly number[]): number =>
  sigmoid(b + x.reduce((s, v, i) => s + v * w[i]!, 0));
for (let epoch = 0; epoch < 3000; epoch++) {
  const gw = KEYS.map(() => 0);
  let gb = 0;
  for (const r of train) {
    const e = predict(r.x) - r.y;
    r.x.forEach((v, i) => (gw[i]! += e * v));
    gb += e;
  }
  w = w.map((v, i) => v - 0.5 * (gw[i]! / train.length + 0.01 * v));
  b -= (0.5 * gb) / train.length;
}
console.log(
  "confidence model",
  JSON.stringify({
    bias: b,
    ...Object.fromEntries(KEYS.map((k, i) => [k, Number(w[i]!.toFixed(3))])),
  }),
);
const nAnswerable = (half: Half): number =>
  cases.filter((c) => c.half === half && c.answerable).length;
const nMisses = (half: Half): number =>
  cases.filter((c) => c.half === half && !c.answerable).length;
for (const threshold of [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55]) {
  const line = (["tune", "check"] as const).map((half) => {
    const rs = rows(half);
    const right = rs.filter((r) => r.answerable && r.good && predict(r.x) >= threshold).length;
    const abst =
      nMisses(half) - rs.filter((r) => !r.answerable && predict(r.x) >= threshold).length;
    return `${half} right ${((100 * right) / nAnswerable(half)).toFixed(1)}% abstained ${((100 * abst) / nMisses(half)).toFixed(1)}%`;
  });
  console.log(`  p ≥ ${threshold}: ${line.join("; ")}`);
}
