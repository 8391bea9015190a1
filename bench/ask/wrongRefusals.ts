/**
 * Where an answerable question abstains although a candidate holds the fact: the stage that
 * refuses. For each such question of one half, the first candidate holding the fact (its rank
 * and the checks of `verifyAnswer` refusing it) and the top candidate's refusals, sorted into
 * causes:
 * - "top refused": the top candidate holds the fact and a check refuses it (which);
 * - "lower refused" / "lower passes": the top is wrong and refused, a lower candidate holds the
 *   fact, and checks refuse it too (which) or none does (a fallback could reach it);
 * - "far": the first candidate holding it ranks below the top ten (retrieval or choice too weak).
 * Then, for the out-of-corpus questions that abstain, how many have a candidate in the top
 * `--depth` passing every check: what a fallback to "the next passing candidate" would answer.
 * `npx tsx bench/ask/wrongRefusals.ts [--half tune|check] [--list]`.
 */
import { traceAsk } from "../../src/answer/ask.js";
import type { RankedCandidate } from "../../src/answer/rankSentences.js";
import { paragraphsOf } from "../../src/answer/missingFact.js";
import { refusals, VERIFY } from "../../src/answer/verifyAnswer.js";
import { devHalf, type Half } from "./devSplit.js";
import { allowedArticles, candidateHoldsFact } from "./judgeAnswer.js";
import { openDevBench } from "./devBench.js";

const args = process.argv.slice(2);
const half = (args.includes("--half") ? args[args.indexOf("--half") + 1] : "tune") as Half;
const depth = args.includes("--depth") ? Number(args[args.indexOf("--depth") + 1]) : 5;
const bench = openDevBench("wrongRefusals");
if (!bench) process.exit(0);
const { questions, knowledge, copies, understood } = bench;
const stories = paragraphsOf(knowledge);

/** One wrongly abstaining question: its cause and the refusals of its top and right candidates. */
interface Row {
  readonly q: string;
  readonly cause: string;
  /** Rank (from 1) of the first candidate holding the fact. */
  readonly rank: number;
  readonly topRefused: readonly string[];
  readonly goodRefused: readonly string[];
  readonly top: string;
  readonly good: string;
}

const rows: Row[] = [];
for (const q of questions.answerable) {
  if (devHalf(q.file) !== half) continue;
  const allowed = allowedArticles(q, copies);
  const { ranked, result } = traceAsk(knowledge, q.q);
  if (!result.abstained) continue;
  const goodAt = ranked.findIndex((c) => candidateHoldsFact(c, q, allowed));
  if (goodAt < 0) continue;
  const question = understood(q.q);
  const top = ranked[0]!;
  const good = ranked[goodAt]!;
  const topRefused = refusals(question, top, VERIFY, stories);
  const goodRefused = refusals(question, good, VERIFY, stories);
  const cause =
    goodAt === 0
      ? "top refused"
      : goodAt >= 10
        ? "far"
        : goodRefused.length > 0
          ? "lower refused"
          : "lower passes";
  rows.push({
    q: q.q,
    cause,
    rank: goodAt + 1,
    topRefused,
    goodRefused,
    top: describe(top),
    good: describe(good),
  });
}

function describe(c: RankedCandidate): string {
  return `${c.passage.articleId} ${c.score.toFixed(3)} ${c.sentence.text.slice(0, 160)}`;
}

console.log(`\nAbstained although a candidate holds the fact (${half} half): ${rows.length}`);
const causes = [...new Set(rows.map((r) => r.cause))].sort();
for (const cause of causes) {
  const mine = rows.filter((r) => r.cause === cause);
  const checks = new Map<string, number>();
  for (const r of mine) {
    const refused = cause === "top refused" ? r.topRefused : r.goodRefused;
    for (const c of refused) checks.set(c, (checks.get(c) ?? 0) + 1);
  }
  const list = [...checks].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`);
  console.log(`  ${cause.padEnd(14)} ${String(mine.length).padEnd(4)} ${list.join(", ")}`);
}

// The price of a plain fallback: out-of-corpus questions that abstain today and have a
// candidate in the top `depth` that no check refuses.
let oocAbstained = 0;
let oocReachable = 0;
for (const q of questions.outOfCorpus) {
  if (devHalf(q) !== half) continue;
  const { ranked, result } = traceAsk(knowledge, q);
  if (!result.abstained) continue;
  oocAbstained++;
  const question = understood(q);
  if (ranked.slice(1, depth).some((c) => refusals(question, c, VERIFY, stories).length === 0))
    oocReachable++;
}
console.log(
  `\nOut-of-corpus abstained: ${oocAbstained}; a candidate in the top ${depth} passing every check: ${oocReachable}`,
);

if (args.includes("--list"))
  for (const r of rows)
    console.log(
      `\n[${r.cause}, rank ${r.rank}] ${r.q}\n  top refused: ${r.topRefused.join(", ") || "—"}\n    ${r.top}` +
        (r.rank > 1 ? `\n  good refused: ${r.goodRefused.join(", ") || "—"}\n    ${r.good}` : ""),
    );
