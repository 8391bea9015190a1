/**
 * What tells a near-miss answered apart from a right answer: for the chosen sentence of every
 * dev question, which question terms it lacks (in the sentence, with its neighbours, in its
 * paragraph, in its article) and of what sort (a name, a number, a year, another subject word,
 * a predicate word), and whether the answer of the asked kind shares a clause with the
 * question's subject and predicate. `npx tsx bench/ask/diagnoseChoice.ts [--half tune|check]
 * [--list]` prints the breakdown by outcome (`--list`: each question too).
 */
import { cleanQuestion } from "../../src/answer/cleanQuestion.js";
import { answerPresent } from "../../src/answer/answerPresent.js";
import { traceAsk } from "../../src/answer/ask.js";
import type { RankedCandidate } from "../../src/answer/rankSentences.js";
import { relatedTerms } from "../../src/answer/relatedTerms.js";
import { QuestionMatcher, questionWeights } from "../../src/answer/scoreSentence.js";
import {
  understandQuestion,
  type QuestionTerm,
  type UnderstoodQuestion,
} from "../../src/answer/understandQuestion.js";
import type { Knowledge } from "../../src/knowledge/knowledge.js";
import { subjectPredicateTie } from "./clauseTie.js";
import { devHalf, type Half } from "./devSplit.js";
import { allowedArticles, statesFact, candidateHoldsFact } from "./judgeAnswer.js";
import { openDevBench } from "./devBench.js";

type Outcome = "ooc-answered" | "ooc-abstained" | "right" | "abstained" | "wrong-sentence";
type Where = "sentence" | "near" | "paragraph" | "article" | "nowhere";
type Sort = "name" | "number" | "year" | "subject" | "predicate";

interface Row {
  readonly q: string;
  readonly outcome: Outcome;
  readonly kind: string;
  /** Per question term: its sort and the closest place it is found around the chosen sentence. */
  readonly terms: readonly { term: QuestionTerm; sort: Sort; where: Where }[];
  /** The answer's clause holds a subject term and a predicate term (or there is no predicate). */
  readonly clauseTie: "both" | "subject" | "predicate" | "neither" | "no answer" | "neighbour";
  /** The question asks what was done and the answer's clause foretells it (`answerPresent`). */
  readonly foretold: boolean;
  readonly text: string;
  /** Rank of the first candidate holding the fact (answerable questions), -1 when none. */
  readonly goodRank: number;
}

const args = process.argv.slice(2);
const halfWanted = (args[args.indexOf("--half") + 1] ?? "tune") as Half;
const bench = openDevBench("diagnose");
if (!bench) process.exit(0);
const { questions, knowledge, copies } = bench;

const sortOf = (t: QuestionTerm, question: UnderstoodQuestion): Sort =>
  /^(1[5-9]|20)\d\d$/u.test(t.term)
    ? "year"
    : /^\p{N}+$/u.test(t.term)
      ? "number"
      : t.name || t.salient
        ? "name"
        : question.subject.includes(t)
          ? "subject"
          : "predicate";

function rowOf(
  k: Knowledge,
  q: string,
  outcome: (ranked: readonly RankedCandidate[], abstained: boolean) => Outcome,
  kind: string,
  goodRank: number,
): Row {
  const understood = understandQuestion(cleanQuestion(q, k.stats).text, k.stats);
  const matcher = new QuestionMatcher(
    understood,
    questionWeights(understood, k.stats),
    relatedTerms(understood, k.stats),
  );
  const { result, ranked } = traceAsk(k, q);
  const best = ranked[0];
  const matched = (text: readonly string[]): Float64Array => {
    const into = new Float64Array(matcher.size);
    matcher.match(text, into);
    return into;
  };
  if (!best)
    return {
      q,
      outcome: outcome(ranked, result.abstained),
      kind,
      terms: [],
      clauseTie: "no answer",
      foretold: false,
      text: "",
      goodRank,
    };
  const own = matched(best.terms);
  const paragraph = matched(
    k
      .paragraphPassages(best.passage.articleId, best.passage.paragraph)
      .flatMap((p) => p.sentenceTerms.flat()),
  );
  const termRows = understood.terms.map((term, i) => {
    const where: Where =
      own[i]! > 0
        ? "sentence"
        : best.found[i]! > 0
          ? "near"
          : paragraph[i]! > 0
            ? "paragraph"
            : best.inArticle[i]! > 0
              ? "article"
              : "nowhere";
    return { term, sort: sortOf(term, understood), where };
  });
  // The clause tie: the answer's clause (see clauseTie.ts) holding the subject, the predicate.
  const tie = subjectPredicateTie(best.sentence.text, best.answers, understood, matcher);
  const clauseTie: Row["clauseTie"] =
    best.answers.length === 0
      ? best.carrier
        ? "neighbour"
        : "no answer"
      : tie.subject > 0 && tie.predicate > 0
        ? "both"
        : tie.subject > 0
          ? "subject"
          : tie.predicate > 0
            ? "predicate"
            : "neither";
  return {
    q,
    outcome: outcome(ranked, result.abstained),
    kind,
    terms: termRows,
    clauseTie,
    foretold: !answerPresent(understood, best).present,
    text: result.abstained
      ? `(abstained: ${result.answer}) best: ${best.sentence.text}`
      : result.sentences.map((s) => s.text).join(" "),
    goodRank,
  };
}

const rows: Row[] = [];
for (const q of questions.answerable) {
  if (devHalf(q.file) !== halfWanted) continue;
  const allowed = allowedArticles(q, copies);
  const { ranked, result } = traceAsk(knowledge, q.q);
  const good = (c: RankedCandidate): boolean => candidateHoldsFact(c, q, allowed);
  const goodRank = ranked.findIndex(good);
  const right =
    !result.abstained &&
    result.citations.some((c) => allowed.has(c.articleId)) &&
    statesFact([result.short?.text ?? "", ...result.sentences.map((s) => s.text)].join(" "), q);
  rows.push(
    rowOf(
      knowledge,
      q.q,
      (_r, abstained) => (abstained ? "abstained" : right ? "right" : "wrong-sentence"),
      q.kind,
      goodRank,
    ),
  );
}
for (const q of questions.outOfCorpus) {
  if (devHalf(q) !== halfWanted) continue;
  rows.push(
    rowOf(
      knowledge,
      q,
      (_r, abstained) => (abstained ? "ooc-abstained" : "ooc-answered"),
      "ooc",
      -1,
    ),
  );
}

const OUTCOMES: readonly Outcome[] = [
  "ooc-answered",
  "ooc-abstained",
  "right",
  "wrong-sentence",
  "abstained",
];
const pct = (n: number, d: number): string =>
  d === 0 ? "—" : `${n}/${d} ${((100 * n) / d).toFixed(0)}%`;
console.log(`\nChosen sentence of each ${halfWanted}-half question, by outcome`);
for (const outcome of OUTCOMES) {
  const mine = rows.filter((r) => r.outcome === outcome);
  if (mine.length === 0) continue;
  console.log(`\n${outcome} (${mine.length})`);
  for (const where of ["sentence", "near", "paragraph", "article"] as const) {
    const order: Where[] = ["sentence", "near", "paragraph", "article", "nowhere"];
    const lacks = (r: Row, sort?: Sort): boolean =>
      r.terms.some(
        (t) =>
          (sort === undefined || t.sort === sort) && order.indexOf(t.where) > order.indexOf(where),
      );
    const cells = (["name", "number", "year", "subject", "predicate"] as const).map(
      (sort) => `${sort} ${pct(mine.filter((r) => lacks(r, sort)).length, mine.length)}`,
    );
    console.log(
      `  a term missing from the ${where}: any ${pct(mine.filter((r) => lacks(r)).length, mine.length)}; ${cells.join(", ")}`,
    );
  }
  const ties = ["both", "subject", "predicate", "neither", "neighbour", "no answer"] as const;
  console.log(
    `  answer's clause: ${ties.map((t) => `${t} ${mine.filter((r) => r.clauseTie === t).length}`).join(", ")}; foretells what is asked as done ${mine.filter((r) => r.foretold).length}`,
  );
}
if (args.includes("--list"))
  for (const r of rows.filter((x) => x.outcome !== "right" && x.outcome !== "ooc-abstained")) {
    const missing = r.terms
      .filter((t) => t.where !== "sentence")
      .map((t) => `${t.term.surface}:${t.sort}@${t.where}`)
      .join(" ");
    console.log(
      `\n[${r.outcome}] (${r.kind}) ${r.q}\n  tie ${r.clauseTie}; good at ${r.goodRank}; lacks ${missing || "—"}\n  ${r.text.slice(0, 300)}`,
    );
  }
if (args.includes("--right"))
  for (const r of rows.filter((x) => x.outcome === "right")) {
    const missing = r.terms
      .filter((t) => t.where !== "sentence")
      .map((t) => `${t.term.surface}:${t.sort}@${t.where}`)
      .join(" ");
    console.log(`[right] (${r.kind}) ${r.q} | tie ${r.clauseTie} | lacks ${missing || "—"}`);
  }
