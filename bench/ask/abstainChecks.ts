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
import { cleanQuestion } from "../../src/answer/cleanQuestion.js";
import { preloadRelatedTerms } from "../../src/answer/relatedTerms.js";
import type { RankedCandidate } from "../../src/answer/rankSentences.js";
import { understandQuestion } from "../../src/answer/understandQuestion.js";
import { refusals } from "../../src/answer/verifyAnswer.js";
import { bbcKnowledge } from "../lib/bbcKnowledge.js";
import { readBbcQuestions } from "../lib/bbcQuestions.js";
import { devHalf, type Half } from "./devSplit.js";
import { allowedArticles, statesFact } from "./judgeAnswer.js";
import { nearCopies } from "./nearCopies.js";

const args = process.argv.slice(2);
const half = (args.includes("--half") ? args[args.indexOf("--half") + 1] : "tune") as Half;
const questions = readBbcQuestions();
if (!questions) {
  console.log("abstainChecks: skipped, no dev questions");
  process.exit(0);
}
preloadRelatedTerms();
const { articles, knowledge } = bbcKnowledge();
const copies = nearCopies(
  articles,
  new Set(
    questions.answerable.flatMap((q) => [q.file, ...q.also]).map((f) => f.replace(/\.txt$/u, "")),
  ),
);

/** One question's top candidate: which checks refuse it and whether it holds the fact. */
interface Row {
  readonly q: string;
  /** "good": the top candidate holds the fact; "bad": it does not; "ooc": out of corpus. */
  readonly sort: "good" | "bad" | "ooc";
  readonly refused: readonly string[];
  readonly abstained: boolean;
  readonly best: string;
}

const rows: Row[] = [];
const ranks = { reachable: 0, top: 0, cited: 0, top3: 0 };
const understood = (q: string) =>
  understandQuestion(cleanQuestion(q, knowledge.stats).text, knowledge.stats);
for (const q of questions.answerable) {
  if (devHalf(q.file) !== half) continue;
  const allowed = allowedArticles(q, copies);
  const { ranked, result } = traceAsk(knowledge, q.q);
  const holds = (c: RankedCandidate): boolean =>
    allowed.has(c.passage.articleId) &&
    statesFact(
      [c.sentence.text, c.answers.length ? "" : (c.carrier?.sentence.text ?? "")].join(" "),
      q,
    );
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
    refused: refusals(understood(q.q), best),
    abstained: result.abstained,
    best: best.sentence.text,
  });
}
for (const q of questions.outOfCorpus) {
  if (devHalf(q) !== half) continue;
  const { ranked, result } = traceAsk(knowledge, q);
  const best = ranked[0];
  rows.push({
    q,
    sort: "ooc",
    refused: best ? refusals(understood(q), best) : ["none"],
    abstained: result.abstained,
    best: best?.sentence.text ?? "",
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
if (args.includes("--list"))
  for (const r of rows)
    console.log(
      `\n[${r.sort}${r.abstained ? " abstained" : ""}] ${r.q}\n  refused: ${r.refused.join(", ") || "—"}\n  ${r.best.slice(0, 200)}`,
    );
