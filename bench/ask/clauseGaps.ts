/**
 * Whether a question term missing from the answer's clause tells a near-miss from a right
 * answer: for the top candidate of every dev question that passes `verifyAnswer`'s checks
 * other than the clause-level ones of `unmetConstraint` (which this measures the ground
 * for), the most specific (highest IDF) question term missing from its sentence, from the
 * clause of its answer, or from it and its neighbours; all terms, or the predicate's only.
 * Prints each as a ROC AUC (near-misses against right tops) on both halves, and a threshold
 * table on the tune half. `npx tsx bench/ask/clauseGaps.ts [--json]` (`--json`: one line a
 * question, for reading by eye).
 */
import { traceAsk } from "../../src/answer/ask.js";
import { answerClause } from "../../src/answer/answerPresent.js";
import { relatedTerms } from "../../src/answer/relatedTerms.js";
import { QuestionMatcher, questionWeights } from "../../src/answer/scoreSentence.js";
import { paragraphsOf } from "../../src/answer/missingFact.js";
import { refusals, VERIFY } from "../../src/answer/verifyAnswer.js";
import type { Half } from "./devSplit.js";
import { terms } from "../../src/text/tokens.js";
import { devHalf } from "./devSplit.js";
import { allowedArticles, candidateHoldsFact, statesFact } from "./judgeAnswer.js";
import { openDevBench, rocAuc } from "./devBench.js";

const bench = openDevBench("clauseGaps");
if (!bench) process.exit(0);
const { questions, knowledge, copies, understood } = bench;
const UNMET = new Set(["asked", "role", "count", "carried", "substituted", "foretold"]);
interface Row {
  readonly half: Half;
  readonly sort: "good" | "bad" | "ooc";
  readonly passes: boolean;
  readonly gaps: Readonly<Record<string, number>>;
}
const rows: Row[] = [];
const json = process.argv.includes("--json");
const all = [
  ...questions.answerable.map((q) => ({ q: q.q, key: q.file, a: q })),
  ...questions.outOfCorpus.map((q) => ({ q, key: q, a: undefined })),
];
for (const { q, key, a } of all) {
  const { ranked, result } = traceAsk(knowledge, q);
  const best = ranked[0];
  if (!best) continue;
  const u = understood(q);
  const related = relatedTerms(u, knowledge.stats);
  const matcher = new QuestionMatcher(u, questionWeights(u, knowledge.stats), related);
  const clause = answerClause(best);
  const m = (text: string) => {
    const into = new Float64Array(matcher.size);
    matcher.match(terms(text), into);
    return Array.from(into);
  };
  const allowed = a ? allowedArticles(a, copies) : new Set<string>();
  const sort = !a ? "ooc" : candidateHoldsFact(best, a, allowed) ? "good" : "bad";
  const right =
    a !== undefined &&
    !result.abstained &&
    result.citations.some((c) => allowed.has(c.articleId)) &&
    statesFact([result.short?.text ?? "", ...result.sentences.map((s) => s.text)].join(" "), a);
  const idf = u.terms.map((t) => knowledge.stats.idf(t.term));
  const own = m(best.sentence.text);
  const inClause = m(clause);
  const near = u.terms.map((_, i) => best.found[i] ?? 0);
  const gap = (found: readonly number[], predicateOnly: boolean): number =>
    Math.max(
      0,
      ...u.terms
        .map((t, i) => (found[i]! > 0 || (predicateOnly && u.subject.includes(t)) ? 0 : idf[i]!))
        .filter((x) => x > 0),
    );
  const refused = refusals(u, best, VERIFY, paragraphsOf(knowledge));
  rows.push({
    half: devHalf(key),
    sort,
    passes: refused.every((r) => UNMET.has(r)),
    gaps: {
      sentence: gap(own, false),
      clause: gap(inClause, false),
      near: gap(near, false),
      "predicate, sentence": gap(own, true),
      "predicate, clause": gap(inClause, true),
      "predicate, near": gap(near, true),
    },
  });
  if (json)
    console.log(
      JSON.stringify({ q, half: devHalf(key), kind: u.kind, sort, right, refused, clause }),
    );
}

const features = Object.keys(rows[0]?.gaps ?? {});
const of = (half: Half, sort: Row["sort"], f: string): number[] =>
  rows.filter((r) => r.half === half && r.sort === sort && r.passes).map((r) => r.gaps[f]!);
console.log(
  "\nMost specific question term missing, near-misses against right tops (ROC AUC; tops passing the other checks)",
);
console.log(`${"missing from".padEnd(22)} tune  check`);
for (const f of features)
  console.log(
    `${f.padEnd(22)} ${rocAuc(of("tune", "ooc", f), of("tune", "good", f)).toFixed(2)}  ${rocAuc(of("check", "ooc", f), of("check", "good", f)).toFixed(2)}`,
  );
console.log(
  "\nTune half: refusing when the missing term's IDF ≥ t (right tops / near-misses refused)",
);
console.log(`${"t".padEnd(4)} ${features.map((f) => f.padEnd(20)).join(" ")}`);
for (const t of [3, 4, 5, 6, 7])
  console.log(
    `${String(t).padEnd(4)} ${features
      .map((f) => {
        const good = of("tune", "good", f).filter((x) => x >= t).length;
        const ooc = of("tune", "ooc", f).filter((x) => x >= t).length;
        return `${good}/${of("tune", "good", f).length} / ${ooc}/${of("tune", "ooc", f).length}`.padEnd(
          20,
        );
      })
      .join(" ")}`,
  );
