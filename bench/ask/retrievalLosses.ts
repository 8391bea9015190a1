/**
 * Where an answerable question loses the sentence that holds its fact before sentence choice:
 * for each dev question whose fact is in no candidate (or whose first holding candidate ranks
 * below `--depth`), the question as searched, the gold article's rank among the retrieved
 * articles (none: not retrieved; over 5: retrieved but outside the articles read for
 * candidates), and, for each gold sentence holding the fact, the share of the question it and
 * its neighbours hold (the candidate gate's measure) and its rank among the candidates.
 * `npx tsx bench/ask/retrievalLosses.ts [--half tune|check] [--depth 10]`.
 */
import { traceAsk } from "../../src/answer/ask.js";
import { GATHER } from "../../src/answer/candidates.js";
import { cleanQuestion } from "../../src/answer/cleanQuestion.js";
import { relatedTerms } from "../../src/answer/relatedTerms.js";
import { QuestionMatcher, questionWeights } from "../../src/answer/scoreSentence.js";
import { gatheringFor } from "../../src/search/retrieve.js";
import { terms } from "../../src/text/tokens.js";
import { devHalf, type Half } from "./devSplit.js";
import { allowedArticles, candidateHoldsFact, statesFact } from "./judgeAnswer.js";
import { openDevBench } from "./devBench.js";

const args = process.argv.slice(2);
const half = (args.includes("--half") ? args[args.indexOf("--half") + 1] : "tune") as Half;
const depth = args.includes("--depth") ? Number(args[args.indexOf("--depth") + 1]) : 10;
const bench = openDevBench("retrievalLosses");
if (!bench) process.exit(0);
const { questions, knowledge, copies, understood } = bench;

const counts = new Map<string, number>();
for (const q of questions.answerable) {
  if (devHalf(q.file) !== half) continue;
  const allowed = allowedArticles(q, copies);
  const { hits, ranked } = traceAsk(knowledge, q.q);
  const first = ranked.findIndex((c) => candidateHoldsFact(c, q, allowed));
  if (first >= 0 && first < depth) continue;
  const question = understood(q.q);
  const matcher = new QuestionMatcher(
    question,
    questionWeights(question, knowledge.stats),
    relatedTerms(question, knowledge.stats),
  );
  const articles: string[] = [];
  for (const h of hits)
    if (!articles.includes(h.passage.articleId)) articles.push(h.passage.articleId);
  const articleRank = articles.findIndex((a) => allowed.has(a));
  const cause =
    first >= 0
      ? "far"
      : articleRank < 0
        ? "not retrieved"
        : articleRank >= GATHER.articles
          ? "article below the top 5"
          : "gate";
  counts.set(cause, (counts.get(cause) ?? 0) + 1);
  console.log(`\n[${cause}] ${q.q}`);
  console.log(`  searched: ${cleanQuestion(q.q, knowledge.stats).text}`);
  console.log(
    `  terms: ${question.terms.map((t) => `${t.term}${t.salient ? "*" : ""}`).join(" ")}; gold article rank ${articleRank + 1 || "-"} of ${articles.length}; first holding candidate ${first + 1 || "-"} of ${ranked.length}`,
  );
  if (cause === "not retrieved")
    console.log(`  ${gatheringOf(cleanQuestion(q.q, knowledge.stats).text)}`);
  for (const id of allowed) {
    const article = knowledge.articles.get(id);
    if (!article) continue;
    for (const p of article.paragraphs)
      for (const passage of knowledge.paragraphPassages(id, p.number))
        passage.sentences.forEach((s, i) => {
          if (!statesFact(s.text, q)) return;
          const own = new Float64Array(matcher.size);
          matcher.match(passage.sentenceTerms[i] ?? [], own);
          const share = matcher.coverage(own, own).share;
          const at = ranked.findIndex((c) => c.sentence.text === s.text);
          console.log(
            `  ${id} own ${share.toFixed(2)} (gate ${GATHER.minNear} with neighbours) rank ${at + 1 || "-"}: ${s.text.slice(0, 140)}`,
          );
        });
  }
}
console.log(`\n${half}: ${[...counts].map(([c, n]) => `${c} ${n}`).join(", ")}`);

/** What gathered the question's candidates, each term with the sentences holding it. */
function gatheringOf(text: string): string {
  const { stats } = knowledge;
  const queryTerms = terms(text);
  const wanted = [...new Set(queryTerms)].filter((t) => stats.familyCount(t) > 0);
  const plan = gatheringFor(knowledge, { terms: queryTerms, wanted });
  const sized = wanted.map((t) => `${t} ${stats.count(t) || stats.familyCount(t)}`).join(", ");
  const phrases = plan.phrases.map((p) => `"${p.words.join(" ")}" ${p.sentences}`).join(", ");
  return `gathered by: ${plan.terms.join(" ") || "-"}${phrases ? `; phrases ${phrases}` : ""} (sentences: ${sized})`;
}
