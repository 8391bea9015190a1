/**
 * What answering from a lower candidate would win and cost, when the top one is refused: for
 * each policy, the answerable questions answered right and wrong and the out-of-corpus ones
 * abstained, on both halves. A candidate is judged as `/ask` would cite it: composed first,
 * with the others as runners-up, and judged by the questions README's rules.
 * `npx tsx bench/ask/fallbackLab.ts`.
 */
import { traceAsk } from "../../src/answer/ask.js";
import { composeAnswer } from "../../src/answer/composeAnswer.js";
import type { RankedCandidate } from "../../src/answer/rankSentences.js";
import { tiedAnswer } from "../../src/answer/tiedAnswer.js";
import type { UnderstoodQuestion } from "../../src/answer/understandQuestion.js";
import { paragraphsOf } from "../../src/answer/missingFact.js";
import { refusals, VERIFY } from "../../src/answer/verifyAnswer.js";
import { devHalf, type Half } from "./devSplit.js";
import { openDevBench } from "./devBench.js";
import { allowedArticles, judgeAnswer } from "./judgeAnswer.js";

const bench = openDevBench("fallbackLab");
if (!bench) process.exit(0);
const { questions, knowledge, copies, understood } = bench;
const stories = paragraphsOf(knowledge);

/** Candidates looked at below the top. */
const DEPTH = 8;

/** One question's candidates, each with what the checks say and whether it answers right. */
interface Case {
  readonly half: Half;
  readonly answerable: boolean;
  readonly question: UnderstoodQuestion;
  readonly ranked: readonly RankedCandidate[];
  readonly refused: readonly (readonly string[])[];
  readonly tied: readonly boolean[];
  readonly right: readonly boolean[];
}

const cases: Case[] = [];
const items = [
  ...questions.answerable.map((q) => ({ text: q.q, half: devHalf(q.file), gold: q })),
  ...questions.outOfCorpus.map((q) => ({ text: q, half: devHalf(q), gold: null })),
];
for (const item of items) {
  const question = understood(item.text);
  const ranked = traceAsk(knowledge, item.text).ranked.slice(0, DEPTH);
  const gold = item.gold;
  const allowed = gold ? allowedArticles(gold, copies) : new Set<string>();
  cases.push({
    half: item.half,
    answerable: gold !== null,
    question,
    ranked,
    refused: ranked.map((c) => refusals(question, c, VERIFY, stories)),
    tied: ranked.map((c) => tiedAnswer(question, c, stories)),
    right: ranked.map((c, i) => {
      if (!gold) return false;
      const composed = composeAnswer(knowledge, question, [c, ...ranked.filter((_, j) => j !== i)]);
      const text = [composed.short?.text ?? "", ...composed.sentences.map((s) => s.text)].join(" ");
      const cited = composed.citations.map((x) => x.articleId);
      return judgeAnswer({ abstained: false, text, cited }, gold, allowed) === "right";
    }),
  });
}

/** A policy: the index of the candidate answered from, or -1 to abstain. */
type Policy = (c: Case) => number;
const trusted = (c: Case, i: number): boolean =>
  (c.refused[i]?.length ?? 1) === 0 || c.tied[i] === true;
const today: Policy = (c) => (c.ranked.length > 0 && trusted(c, 0) ? 0 : -1);
/** Today's choice, or else the first of the next `k - 1` candidates that `accepts`. */
const fallback =
  (k: number, accepts: (c: Case, i: number) => boolean): Policy =>
  (c) => {
    const first = today(c);
    if (first >= 0 || c.ranked.length === 0) return first;
    for (let i = 1; i < Math.min(k, c.ranked.length); i++) if (accepts(c, i)) return i;
    return -1;
  };
const coverageOnly = (c: Case): boolean =>
  (c.refused[0] ?? []).every((r) => r === "context" || r === "near");
const policies: [string, Policy][] = [
  ["today (top, verified or tied)", today],
  ["next passing every check, top 3", fallback(3, (c, i) => c.refused[i]?.length === 0)],
  ["next passing every check, top 8", fallback(8, (c, i) => c.refused[i]?.length === 0)],
  ["next passing or tied, top 3", fallback(3, trusted)],
  ["next tied to the question, top 5", fallback(5, (c, i) => c.tied[i] === true)],
  [
    "next passing, holding an answer the top lacks, top 5",
    fallback(
      5,
      (c, i) =>
        c.refused[i]?.length === 0 &&
        (c.ranked[i]?.features.typed ?? 0) > (c.ranked[0]?.features.typed ?? 0),
    ),
  ],
  [
    "next passing, holding an answer the top lacks, top 3",
    fallback(
      3,
      (c, i) =>
        c.refused[i]?.length === 0 &&
        (c.ranked[i]?.features.typed ?? 0) > (c.ranked[0]?.features.typed ?? 0),
    ),
  ],
  [
    "same, top 5, only after the top is refused as typed",
    fallback(
      5,
      (c, i) =>
        (c.refused[0] ?? []).includes("typed") &&
        c.refused[i]?.length === 0 &&
        (c.ranked[i]?.features.typed ?? 0) > (c.ranked[0]?.features.typed ?? 0),
    ),
  ],
  [
    "same, top 8, only after the top is refused as typed",
    fallback(
      8,
      (c, i) =>
        (c.refused[0] ?? []).includes("typed") &&
        c.refused[i]?.length === 0 &&
        (c.ranked[i]?.features.typed ?? 0) > (c.ranked[0]?.features.typed ?? 0),
    ),
  ],
  [
    "typed top refused, top 5, answer in the sentence itself",
    fallback(
      5,
      (c, i) =>
        (c.refused[0] ?? []).includes("typed") &&
        c.refused[i]?.length === 0 &&
        (c.ranked[i]?.answers.length ?? 0) > 0,
    ),
  ],
  [
    "next passing or tied, top 5, after a coverage refusal only",
    fallback(5, (c, i) => coverageOnly(c) && trusted(c, i)),
  ],
];

const pct = (n: number, d: number): string => `${n}/${d} ${((100 * n) / d).toFixed(1)}%`;
console.log(`\nFallback policies (answerable right / answered wrong; out-of-corpus abstained)`);
for (const [name, policy] of policies) {
  const cells = (["tune", "check"] as const).map((half) => {
    const mine = cases.filter((c) => c.half === half);
    const answerable = mine.filter((c) => c.answerable);
    const picks = answerable.map((c) => [c, policy(c)] as const).filter(([, i]) => i >= 0);
    const right = picks.filter(([c, i]) => c.right[i]).length;
    const ooc = mine.filter((c) => !c.answerable);
    const abstained = ooc.filter((c) => policy(c) < 0).length;
    return `${half} ${pct(right, answerable.length)} wrong ${picks.length - right}, OOC ${pct(abstained, ooc.length)}`;
  });
  console.log(`  ${name.padEnd(58)} ${cells.join(" | ")}`);
}

if (process.argv.includes("--list")) {
  const name = process.argv[process.argv.indexOf("--list") + 1] ?? "";
  const found = policies.find(([n]) => n.startsWith(name));
  if (found) {
    const [, policy] = found;
    for (const c of cases.filter((x) => x.half === "tune")) {
      const i = policy(c);
      if (i === today(c)) continue;
      const verdict = !c.answerable ? "OOC answered" : c.right[i] ? "right" : "wrong";
      console.log(
        `  [${verdict}, rank ${i + 1}, top refused ${(c.refused[0] ?? []).join(",")}] ${c.question.text}`,
      );
      console.log(
        `     ${c.ranked[i]?.passage.articleId} ${c.ranked[i]?.sentence.text.slice(0, 150)}`,
      );
    }
  }
}
