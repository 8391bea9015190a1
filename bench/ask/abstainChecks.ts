/**
 * The two decisions of choosing, measured apart on one half of the BBC dev questions:
 * 1. Which sentence: of the answerable questions where a candidate holds the fact, how often
 *    the top candidate holds it, a cited one does, or one of the top three (abstention set
 *    aside, as an oracle would).
 * 2. Whether to answer: for the top candidate of every question, the checks of `verifyAnswer`
 *    that refuse it (`refusals`), split by whether it holds the fact and for out-of-corpus
 *    questions; a check that only refuses right answers costs, one that refuses near-misses
 *    earns.
 * `npx tsx bench/ask/abstainChecks.ts [--half tune|check] [--list]`.
 */
import { traceAsk } from "../../src/answer/ask.js";
import type { RankedCandidate } from "../../src/answer/rankSentences.js";
import { paragraphsOf } from "../../src/answer/missingFact.js";
import { refusals, VERIFY } from "../../src/answer/verifyAnswer.js";
import { devHalf, type Half } from "./devSplit.js";
import { allowedArticles, statesFact, candidateHoldsFact } from "./judgeAnswer.js";
import { openDevBench, rocAuc } from "./devBench.js";

const args = process.argv.slice(2);
const half = (args.includes("--half") ? args[args.indexOf("--half") + 1] : "tune") as Half;
const bench = openDevBench("abstainChecks");
if (!bench) process.exit(0);
const { questions, knowledge, copies, understood } = bench;

/** One question's top candidate: which checks refuse it and whether it holds the fact. */
interface Row {
  readonly q: string;
  /** "good": the top candidate holds the fact; "bad": it does not; "ooc": out of corpus. */
  readonly sort: "good" | "bad" | "ooc";
  readonly refused: readonly string[];
  readonly abstained: boolean;
  readonly best: string;
  /**
   * The most specific question term (highest IDF) found nowhere in the top candidate's article,
   * synonyms and word family included; 0 when none is missing.
   */
  readonly absent: number;
}

const rows: Row[] = [];
const ranks = { reachable: 0, top: 0, cited: 0, top3: 0 };
const absentFrom = (q: string, best: RankedCandidate): number =>
  Math.max(
    0,
    ...understood(q)
      .terms.filter((_, i) => (best.inArticle[i] ?? 0) === 0)
      .map((t) => knowledge.stats.idf(t.term)),
  );
for (const q of questions.answerable) {
  if (devHalf(q.file) !== half) continue;
  const allowed = allowedArticles(q, copies);
  const { ranked, result } = traceAsk(knowledge, q.q);
  const holds = (c: RankedCandidate): boolean => candidateHoldsFact(c, q, allowed);
  const goodAt = ranked.findIndex(holds);
  const best = ranked[0];
  if (goodAt >= 0) {
    ranks.reachable++;
    if (goodAt === 0) ranks.top++;
    if (goodAt < 3) ranks.top3++;
  }
  if (!best) continue;
  if (
    goodAt >= 0 &&
    !result.abstained &&
    result.citations.some((c) => allowed.has(c.articleId)) &&
    statesFact(result.sentences.map((s) => s.text).join(" "), q)
  )
    ranks.cited++;
  rows.push({
    q: q.q,
    sort: goodAt === 0 ? "good" : "bad",
    refused: refusals(understood(q.q), best, VERIFY, paragraphsOf(knowledge)),
    abstained: result.abstained,
    best: best.sentence.text,
    absent: absentFrom(q.q, best),
  });
}
for (const q of questions.outOfCorpus) {
  if (devHalf(q) !== half) continue;
  const { ranked, result } = traceAsk(knowledge, q);
  const best = ranked[0];
  rows.push({
    q,
    sort: "ooc",
    refused: best ? refusals(understood(q), best, VERIFY, paragraphsOf(knowledge)) : ["none"],
    abstained: result.abstained,
    best: best?.sentence.text ?? "",
    absent: best ? absentFrom(q, best) : 0,
  });
}

const pct = (n: number, d: number): string => `${n}/${d} ${d ? ((100 * n) / d).toFixed(1) : "—"}%`;
console.log(
  `\n1. Which sentence (${half} half; answerable questions where a candidate holds the fact)`,
);
console.log(`  top candidate holds it      ${pct(ranks.top, ranks.reachable)}`);
console.log(`  one of the top three does   ${pct(ranks.top3, ranks.reachable)}`);
console.log(`  cited and answered          ${pct(ranks.cited, ranks.reachable)}`);
console.log(`\n2. Whether to answer: checks refusing the top candidate (any / the only one)`);
const checks = [...new Set(rows.flatMap((r) => r.refused))].sort();
const sorts = ["good", "bad", "ooc"] as const;
console.log(
  `  ${"check".padEnd(12)} ${sorts.map((s) => `${s} (${rows.filter((r) => r.sort === s).length})`.padEnd(14)).join(" ")}`,
);
for (const check of checks)
  console.log(
    `  ${check.padEnd(12)} ${sorts
      .map((s) => {
        const mine = rows.filter((r) => r.sort === s);
        const any = mine.filter((r) => r.refused.includes(check)).length;
        const only = mine.filter((r) => r.refused.length === 1 && r.refused[0] === check).length;
        return `${any} / ${only}`.padEnd(14);
      })
      .join(" ")}`,
  );
console.log(
  `  ${"passes".padEnd(12)} ${sorts.map((s) => `${rows.filter((r) => r.sort === s && r.refused.length === 0).length}`.padEnd(14)).join(" ")}`,
);
// 3. A specific term (high IDF) absent from the whole cited article, as a refusal beside the
// checks: among the tops that pass them, how many right ones and near-misses it would refuse.
const passing = rows.filter((r) => r.refused.length === 0);
console.log(
  `\n3. A question term absent from the top candidate's article, IDF ≥ t (tops that pass)`,
);
console.log(`  ${"t".padEnd(5)} ${sorts.map((s) => s.padEnd(8)).join(" ")}`);
for (const t of [0.01, 4, 5, 6, 7, 8])
  console.log(
    `  ${String(t).padEnd(5)} ${sorts
      .map((s) => String(passing.filter((r) => r.sort === s && r.absent >= t).length).padEnd(8))
      .join(" ")}`,
  );
const good = passing.filter((r) => r.sort === "good").map((r) => r.absent);
const ooc = passing.filter((r) => r.sort === "ooc").map((r) => r.absent);
// ROC AUC: the chance a near-miss lacks a more specific term than a right answer.
const auc = rocAuc(ooc, good);
console.log(`  ROC AUC, near-misses against right tops: ${auc.toFixed(2)}`);
if (args.includes("--list"))
  for (const r of rows)
    console.log(
      `\n[${r.sort}${r.abstained ? " abstained" : ""}] ${r.q}\n  refused: ${r.refused.join(", ") || "—"}\n  ${r.best.slice(0, 200)}`,
    );
