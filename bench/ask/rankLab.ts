/**
 * Compares rankings of the candidate sentences on both halves of the BBC dev questions, each
 * given as chooser weights over `CHOOSE_WEIGHTS` (JSON, unnamed keys keep their weight):
 * `npx tsx bench/ask/rankLab.ts '{"near":1}' '{"story":0.5}' [--diff]`. For each variant it
 * prints how often the top candidate holds the fact where some candidate does (abstention set
 * aside), one of the top three does, and, with `verifyAnswer`'s checks, answerable questions
 * right and near-misses abstained. `--diff` lists the questions whose top candidate changed
 * from holding the fact to not, or back, against the first variant (the current weights).
 */
import { writeFileSync } from "node:fs";
import { CHOOSE_WEIGHTS } from "../../src/answer/chooseWeights.js";
import { composeAnswer } from "../../src/answer/composeAnswer.js";
import { chooseScore, type ChooseWeights } from "../../src/answer/rankSentences.js";
import { paragraphsOf } from "../../src/answer/missingFact.js";
import { acceptsAnswer } from "../../src/answer/tiedAnswer.js";
import { judgeAnswer } from "./judgeAnswer.js";
import { devCases, openDevBench, type DevCase } from "./devBench.js";

type Case = DevCase;

const bench = openDevBench("rankLab");
if (!bench) process.exit(0);
const { knowledge } = bench;
const lengths = paragraphsOf(knowledge);
const cases = devCases(bench);

/** Candidate indexes best first under `w`, corpus order breaking ties as `rankSentences` does. */
const order = (c: Case, w: ChooseWeights): number[] =>
  c.candidates
    .map((cand, i) => ({ i, s: chooseScore(cand.features, w), o: cand.passage.order }))
    .sort((a, b) => b.s - a.s || a.o - b.o)
    .map((x) => x.i);

/** Whether the answer composed from `c`'s candidates ranked by `w` is judged right, as the bench judges. */
const answersRight = (c: Case, w: ChooseWeights): boolean => {
  if (!c.judged) return false;
  const ranked = order(c, w).map((i) => ({
    ...c.candidates[i]!,
    score: chooseScore(c.candidates[i]!.features, w),
  }));
  if (!acceptsAnswer(c.question, ranked[0], lengths)) return false;
  const composed = composeAnswer(knowledge, c.question, ranked);
  const text = [composed.short?.text ?? "", ...composed.sentences.map((s) => s.text)].join(" ");
  const cited = composed.citations.map((x) => x.articleId);
  return judgeAnswer({ abstained: false, text, cited }, c.judged.q, c.judged.allowed) === "right";
};

const variants: ChooseWeights[] = [
  CHOOSE_WEIGHTS,
  ...process.argv
    .slice(2)
    .filter((a) => a.startsWith("{"))
    .map((a) => ({ ...CHOOSE_WEIGHTS, ...(JSON.parse(a) as Partial<ChooseWeights>) })),
];
const tops = variants.map((w) => new Map(cases.map((c) => [c, order(c, w)])));
variants.forEach((w, v) => {
  const parts = (["tune", "check"] as const).map((half) => {
    const mine = cases.filter((c) => c.half === half);
    const reachable = mine.filter((c) => c.answerable && c.good.includes(true));
    const ranks = reachable.map((c) => tops[v]!.get(c)!.findIndex((i) => c.good[i]));
    let right = 0;
    let abstained = 0;
    for (const c of mine) {
      const i = tops[v]!.get(c)![0];
      const best = i === undefined ? undefined : c.candidates[i];
      const ok = acceptsAnswer(c.question, best, lengths);
      if (c.answerable && ok && answersRight(c, w)) right++;
      if (!c.answerable && !ok) abstained++;
    }
    const answerable = mine.filter((c) => c.answerable).length;
    return `${half} top ${ranks.filter((r) => r === 0).length}/${reachable.length} top3 ${ranks.filter((r) => r < 3).length} right ${right}/${answerable} ooc ${abstained}/${mine.length - answerable}`;
  });
  console.log(
    `${v === 0 ? "current" : JSON.stringify(process.argv.filter((a) => a.startsWith("{"))[v - 1])}\n  ${parts.join(" | ")}`,
  );
});
// `--dump FILE`: the current weights' outcome per question, to diff runs of changed code.
const dumpAt = process.argv.indexOf("--dump");
if (dumpAt >= 0)
  writeFileSync(
    process.argv[dumpAt + 1]!,
    cases
      .map((c) => {
        const i = tops[0]!.get(c)![0];
        const ok = acceptsAnswer(
          c.question,
          i === undefined ? undefined : c.candidates[i],
          lengths,
        );
        const top = i !== undefined && c.good[i] === true;
        const mark = c.answerable
          ? `top ${top ? 1 : 0} right ${answersRight(c, variants[0]!) ? 1 : 0}`
          : `ooc abstained ${ok ? 0 : 1}`;
        return `${c.half}\t${mark}\t${c.q}\t${i === undefined ? "" : c.candidates[i]!.sentence.text.slice(0, 120)}`;
      })
      .join("\n") + "\n",
  );
if (process.argv.includes("--diff"))
  for (let v = 1; v < variants.length; v++)
    for (const c of cases.filter((x) => x.answerable)) {
      const before = c.good[tops[0]!.get(c)![0] ?? -1] === true;
      const after = c.good[tops[v]!.get(c)![0] ?? -1] === true;
      const rightBefore = answersRight(c, variants[0]!);
      const rightAfter = answersRight(c, variants[v]!);
      if (before !== after || rightBefore !== rightAfter)
        console.log(
          `  v${v} ${c.half} top ${after ? "+" : before ? "-" : "="} right ${rightAfter ? "+" : rightBefore ? "-" : "="} ${c.q}\n      ${c.candidates[tops[v]!.get(c)![0]!]?.sentence.text.slice(0, 140)}`,
        );
    }
