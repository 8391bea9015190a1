/**
 * The checks that read a candidate's whole story (`missingFact`: the noun asked by name, a
 * role no one holds, the US unnamed), by the length a story must run to, on both halves of the BBC dev
 * questions and a SQuAD held-out sample: at each threshold, the near-misses whose top
 * candidate they refuse, and the right tops (holding the fact, or a SQuAD gold answer) they
 * refuse. SQuAD has no near-misses, so every SQuAD refusal is a cost.
 * `npx tsx bench/ask/storyChecks.ts [squad sample size, default 1,500]`.
 */
import { traceAsk } from "../../src/answer/ask.js";
import { cleanQuestion } from "../../src/answer/cleanQuestion.js";
import { paragraphsOf, type StoryOf } from "../../src/answer/missingFact.js";
import type { RankedCandidate } from "../../src/answer/rankSentences.js";
import {
  understandQuestion,
  type UnderstoodQuestion,
} from "../../src/answer/understandQuestion.js";
import { refusals, VERIFY } from "../../src/answer/verifyAnswer.js";
import type { Paragraph } from "../../src/corpus/types.js";
import type { Knowledge } from "../../src/knowledge/knowledge.js";
import { SQUAD_FILE } from "../lib/benchPaths.js";
import { containsAnswer } from "../retrieval/normalizeAnswer.js";
import { readSquad, sampleQuestions, SLICES } from "../retrieval/squad.js";
import { squadKnowledge } from "../retrieval/squadKnowledge.js";
import { devHalf } from "./devSplit.js";
import { openDevBench } from "./devBench.js";
import { allowedArticles, candidateHoldsFact } from "./judgeAnswer.js";

/** The checks measured here. */
const STORY_CHECKS = new Set(["asked-noun", "story-role", "story-place"]);
/** `missingFact`'s own threshold: a story shorter than this is handed over as none. */
const OWN = 3;
const THRESHOLDS = [1, 2, 3, 4, 5, 6];

/** A top candidate to try the checks on, and what a refusal of it would cost or earn. */
interface Top {
  readonly set: "tune" | "check" | "squad";
  readonly sort: "right" | "ooc";
  readonly question: UnderstoodQuestion;
  readonly best: RankedCandidate;
  readonly knowledge: Knowledge;
  /** Whether another check refuses it already (then the story checks change nothing). */
  readonly refusedElse: boolean;
}

/**
 * The story as a check with threshold `t` would read it: hidden when shorter than `t`, and
 * padded with empty paragraphs to `missingFact`'s own threshold when `t` is below it.
 */
const storyAt =
  (story: StoryOf, t: number): StoryOf =>
  (id) => {
    const paragraphs = story(id);
    if (paragraphs.length < t) return [];
    const pad: Paragraph = { number: 0, text: "", sentences: [] };
    return paragraphs.length >= OWN
      ? paragraphs
      : [...paragraphs, ...Array<Paragraph>(OWN - paragraphs.length).fill(pad)];
  };

const tops: Top[] = [];
const other = (refused: readonly string[]): boolean => refused.some((r) => !STORY_CHECKS.has(r));
const bench = openDevBench("storyChecks");
if (bench) {
  const { questions, knowledge, copies, understood } = bench;
  const story = paragraphsOf(knowledge);
  const add = (set: "tune" | "check", sort: "right" | "ooc", q: string, best: RankedCandidate) => {
    const question = understood(q);
    const refusedElse = other(refusals(question, best, VERIFY, story));
    tops.push({ set, sort, question, best, knowledge, refusedElse });
  };
  for (const q of questions.answerable) {
    const best = traceAsk(knowledge, q.q).ranked[0];
    if (best && candidateHoldsFact(best, q, allowedArticles(q, copies)))
      add(devHalf(q.file), "right", q.q, best);
  }
  for (const q of questions.outOfCorpus) {
    const best = traceAsk(knowledge, q).ranked[0];
    if (best) add(devHalf(q), "ooc", q, best);
  }
}
const squad = readSquad(SQUAD_FILE);
if (!squad) console.log(`storyChecks: SQuAD skipped, no data at ${SQUAD_FILE}`);
else {
  const knowledge = squadKnowledge(squad.paragraphs);
  const heldOut = SLICES.find((s) => s.name === "held-out")!;
  const size = Number(process.argv[2] ?? 1500);
  for (const q of sampleQuestions(squad.questions.filter(heldOut.includes), size)) {
    const best = traceAsk(knowledge, q.question).ranked[0];
    if (!best || !containsAnswer(best.sentence.text, q.answers)) continue;
    const question = understandQuestion(
      cleanQuestion(q.question, knowledge.stats).text,
      knowledge.stats,
    );
    const refusedElse = other(refusals(question, best, VERIFY, paragraphsOf(knowledge)));
    tops.push({ set: "squad", sort: "right", question, best, knowledge, refusedElse });
  }
}

console.log(
  "\nStory checks (asked-noun, story-role, story-place) by the paragraphs a story must run to: tops they refuse that no other check does",
);
console.log("paragraphs  tune ooc  tune right  check ooc  check right  squad right");
for (const t of THRESHOLDS) {
  const count = (set: Top["set"], sort: Top["sort"]): string => {
    const mine = tops.filter((x) => x.set === set && x.sort === sort && !x.refusedElse);
    const story = (x: Top): StoryOf => storyAt(paragraphsOf(x.knowledge), t);
    const hit = mine.filter((x) =>
      refusals(x.question, x.best, VERIFY, story(x)).some((r) => STORY_CHECKS.has(r)),
    );
    return `${hit.length}/${mine.length}`;
  };
  console.log(
    `${String(t).padEnd(10)}  ${count("tune", "ooc").padEnd(8)}  ${count("tune", "right").padEnd(10)}  ${count("check", "ooc").padEnd(9)}  ${count("check", "right").padEnd(11)}  ${count("squad", "right")}`,
  );
}
