/**
 * A story-level decision before the sentence choice, measured on both halves of the BBC dev
 * questions: each gathered article is one story, described by story-level measures (its best
 * sentence's chooser score, what it holds of the question in all, in its headline and lead, of
 * the question's subject there; its retrieval score and rank; whether its headline or subject
 * share is the best gathered). A pairwise logistic
 * ranker learns on the tune half which story is asked about (a story holding the fact against
 * each other gathered story of the same question); each candidate's score then gains
 * λ × (its story's score − the best story's), λ from soft to a hard decision.
 * Also prints the figures with the asked story always first: what the story decision is worth.
 * `npx tsx bench/ask/storyRankLab.ts`.
 */
import { CHOOSE_WEIGHTS } from "../../src/answer/chooseWeights.js";
import { composeAnswer } from "../../src/answer/composeAnswer.js";
import { paragraphsOf } from "../../src/answer/missingFact.js";
import { chooseScore } from "../../src/answer/rankSentences.js";
import { acceptsAnswer } from "../../src/answer/tiedAnswer.js";
import { judgeAnswer } from "./judgeAnswer.js";
import { devCases, openDevBench, type DevCase } from "./devBench.js";

const bench = openDevBench("storyRankLab");
if (!bench) process.exit(0);
const { knowledge } = bench;
const lengths = paragraphsOf(knowledge);
const cases = devCases(bench);

const NAMES = [
  "best",
  "story",
  "headline",
  "headlineSubject",
  "article",
  "rank",
  "bestHeadline",
  "bestSubject",
] as const;
type Story = { id: string; asked: boolean; x: number[] };

function storiesOf(c: DevCase): Story[] {
  const byId = new Map<string, Story>();
  c.candidates.forEach((cand, i) => {
    const id = cand.passage.articleId;
    const f = cand.features;
    const s = chooseScore(f, CHOOSE_WEIGHTS);
    const known = byId.get(id);
    if (known) {
      known.x[0] = Math.max(known.x[0]!, s);
      known.asked ||= c.good[i] === true;
      return;
    }
    byId.set(id, {
      id,
      asked: c.good[i] === true,
      x: [s, f.story, f.headline, f.headlineSubject, f.article, f.rank],
    });
  });
  const all = [...byId.values()];
  // Cross-story: whether its headline (its subject there) is the best of the gathered stories..
  for (const k of [2, 3]) {
    const max = Math.max(...all.map((t) => t.x[k]!));
    for (const t of all) t.x.push(t.x[k] === max && max > 0 ? 1 : 0);
  }
  return all;
}

const stories = new Map(cases.map((c) => [c, storiesOf(c)]));
const pairs = (half: string): number[][] => {
  const out: number[][] = [];
  for (const c of cases.filter((x) => x.half === half && x.answerable)) {
    const s = stories.get(c)!;
    for (const a of s.filter((t) => t.asked))
      for (const b of s.filter((t) => !t.asked)) out.push(a.x.map((v, k) => v - b.x[k]!));
  }
  return out;
};

/** Pairwise logistic regression without intercept, L2-regularised, by gradient descent. */
function learn(diffs: number[][], l2: number): number[] {
  const d = NAMES.length;
  const w = new Array<number>(d).fill(0);
  for (let step = 0; step < 3000; step++) {
    const g = new Array<number>(d).fill(0);
    for (const x of diffs) {
      const z = x.reduce((s, v, k) => s + v * w[k]!, 0);
      const p = 1 / (1 + Math.exp(-z));
      for (let k = 0; k < d; k++) g[k]! += (p - 1) * x[k]!;
    }
    for (let k = 0; k < d; k++) w[k]! -= 0.05 * (g[k]! / diffs.length + l2 * w[k]!);
  }
  return w;
}

let oracle = false;
const order = (c: DevCase, w: readonly number[], lambda: number): number[] => {
  const s = stories.get(c)!;
  const score = new Map(
    s.map((t) => [t.id, oracle ? Number(t.asked) : t.x.reduce((a, v, k) => a + v * w[k]!, 0)]),
  );
  const top = Math.max(...score.values());
  return c.candidates
    .map((cand, i) => ({
      i,
      s:
        chooseScore(cand.features, CHOOSE_WEIGHTS) +
        lambda * (score.get(cand.passage.articleId)! - top),
      o: cand.passage.order,
    }))
    .sort((a, b) => b.s - a.s || a.o - b.o)
    .map((x) => x.i);
};

const right = (c: DevCase, ranking: number[]): boolean => {
  if (!c.judged) return false;
  const ranked = ranking.map((i) => ({ ...c.candidates[i]!, score: 0 }));
  if (!acceptsAnswer(c.question, ranked[0], lengths)) return false;
  const composed = composeAnswer(knowledge, c.question, ranked);
  const text = [composed.short?.text ?? "", ...composed.sentences.map((s) => s.text)].join(" ");
  const cited = composed.citations.map((x) => x.articleId);
  return judgeAnswer({ abstained: false, text, cited }, c.judged.q, c.judged.allowed) === "right";
};

const report = (w: readonly number[], lambda: number): string =>
  (["tune", "check"] as const)
    .map((half) => {
      const mine = cases.filter((c) => c.half === half);
      let top = 0;
      let reach = 0;
      let ok = 0;
      let ooc = 0;
      let storyFirst = 0;
      for (const c of mine) {
        const r = order(c, w, lambda);
        const best = r[0] === undefined ? undefined : c.candidates[r[0]];
        if (c.answerable) {
          if (c.good.includes(true)) reach++;
          if (r[0] !== undefined && c.good[r[0]]) top++;
          if (right(c, r)) ok++;
          const s = stories.get(c)!;
          if (s.some((t) => t.asked) && s.find((t) => t.id === best?.passage.articleId)?.asked)
            storyFirst++;
        } else if (!acceptsAnswer(c.question, best, lengths)) ooc++;
      }
      const n = mine.filter((c) => c.answerable).length;
      return `${half} story ${storyFirst} top ${top}/${reach} right ${ok}/${n} ooc ${ooc}/${mine.length - n}`;
    })
    .join(" | ");

const none = NAMES.map(() => 0);
console.log(`current: ${report(none, 0)}`);
oracle = true;
console.log(`the asked story always first: ${report(none, 100)}`);
oracle = false;
for (const l2 of [0.001, 0.01, 0.1]) {
  const w = learn(pairs("tune"), l2);
  console.log(`l2 ${l2}: ${NAMES.map((n, k) => `${n} ${w[k]!.toFixed(2)}`).join(", ")}`);
  for (const lambda of [0.1, 0.2, 0.3, 0.5, 1, 100])
    console.log(`  λ ${lambda}: ${report(w, lambda)}`);
}
