/**
 * Which story does the question ask about? For each answerable BBC dev question, the articles
 * `/ask` gathers candidates from, each with story-level measures; the asked story is one whose
 * candidate holds the fact. Prints, per half, how often each measure puts the asked story
 * first among the gathered ones and its pairwise ROC AUC (asked story against the others of
 * the same question). `npx tsx bench/ask/storyLab.ts [--list]`.
 */
import { traceAsk } from "../../src/answer/ask.js";
import { relatedTerms } from "../../src/answer/relatedTerms.js";
import { QuestionMatcher, questionWeights } from "../../src/answer/scoreSentence.js";
import { titleTerms } from "../../src/corpus/titleTerms.js";
import { devHalf } from "./devSplit.js";
import { allowedArticles, candidateHoldsFact } from "./judgeAnswer.js";
import { openDevBench, rocAuc } from "./devBench.js";

const bench = openDevBench("storyLab");
if (!bench) process.exit(0);
const { questions, knowledge, copies, understood } = bench;

type Measures = Record<string, number>;
const rows: { half: string; q: string; stories: { id: string; asked: boolean; m: Measures }[] }[] =
  [];

for (const q of questions.answerable) {
  const u = understood(q.q);
  const matcher = new QuestionMatcher(
    u,
    questionWeights(u, knowledge.stats),
    relatedTerms(u, knowledge.stats),
  );
  const allowed = allowedArticles(q, copies);
  const { ranked } = traceAsk(knowledge, q.q);
  if (ranked.length === 0) continue;
  const ids = [...new Set(ranked.map((c) => c.passage.articleId))];
  const askedIds = new Set(
    ranked.filter((c) => candidateHoldsFact(c, q, allowed)).map((c) => c.passage.articleId),
  );
  if (askedIds.size === 0 || askedIds.size === ids.length) continue;
  const subject = u.subject.map((t) => u.terms.indexOf(t));
  const weights = questionWeights(u, knowledge.stats);
  const topArticle = ranked[0]!.passage.articleId;
  const stories = ids.map((id) => {
    const article = knowledge.articles.get(id)!;
    const best = ranked.find((c) => c.passage.articleId === id)!;
    const sentences: { p: number; m: Float64Array }[] = [];
    for (const p of article.paragraphs)
      for (const passage of knowledge.paragraphPassages(id, p.number))
        passage.sentenceTerms.forEach((terms) => {
          const m = new Float64Array(matcher.size);
          matcher.match(terms, m);
          sentences.push({ p: p.number, m });
        });
    const title = new Float64Array(matcher.size);
    matcher.match(titleTerms(article), title);
    const merge = (into: Float64Array, from: Float64Array): void => {
      for (let t = 0; t < into.length; t++) if (from[t]! > into[t]!) into[t] = from[t]!;
    };
    const share = (m: Float64Array): number => matcher.coverage(m, m).share;
    const lead = title.slice();
    for (const s of sentences) if (s.p === 1) merge(lead, s.m);
    let focus = 0;
    sentences.forEach((_, i) => {
      const w = new Float64Array(matcher.size);
      for (const j of [i - 1, i, i + 1]) if (sentences[j]) merge(w, sentences[j]!.m);
      focus = Math.max(focus, share(w));
    });
    const paras = new Map<number, Float64Array>();
    for (const s of sentences) {
      const m = paras.get(s.p) ?? new Float64Array(matcher.size);
      merge(m, s.m);
      paras.set(s.p, m);
    }
    let focusPara = 0;
    for (const m of paras.values()) focusPara = Math.max(focusPara, share(m));
    // How many paragraphs carry each term: what the story keeps coming back to.
    const spread = (idx: readonly number[]): number => {
      if (idx.length === 0) return 0;
      let sum = 0;
      let total = 0;
      for (const i of idx) {
        let n = 0;
        for (const m of paras.values()) if (m[i]! > 0) n++;
        sum += (weights[i] ?? 0) * (n / paras.size);
        total += weights[i] ?? 0;
      }
      return total === 0 ? 0 : sum / total;
    };
    const all = u.terms.map((_, i) => i);
    // The same over sentences, and as a count of sentences naming the subject.
    const sentSpread = (idx: readonly number[]): number => {
      let sum = 0;
      let total = 0;
      for (const i of idx) {
        const n = sentences.filter((x) => x.m[i]! > 0).length;
        sum += (weights[i] ?? 0) * (n / sentences.length);
        total += weights[i] ?? 0;
      }
      return total === 0 ? 0 : sum / total;
    };
    const mentions = sentences.filter((x) => subject.some((i) => x.m[i]! > 0)).length;
    const inLead = (idx: readonly number[]): number =>
      idx.length === 0 ? 0 : idx.filter((i) => lead[i]! > 0).length / idx.length;
    return {
      id,
      asked: askedIds.has(id),
      m: {
        story: best.features.story,
        article: best.features.article,
        top: id === topArticle ? 1 : 0,
        headline: share(lead),
        title: share(title),
        focus,
        focusPara,
        about: spread(subject),
        aboutAll: spread(all),
        subjectLead: inLead(subject),
        paragraphs: -paras.size,
        sentSubject: sentSpread(subject),
        sentAll: sentSpread(all),
        mentions,
        mentionShare: mentions / sentences.length,
      },
    };
  });
  rows.push({ half: devHalf(q.file), q: q.q, stories });
}

const names = Object.keys(rows[0]?.stories[0]?.m ?? {});
for (const half of ["tune", "check"]) {
  const mine = rows.filter((r) => r.half === half);
  console.log(`\n${half}: ${mine.length} questions with the asked story and another gathered`);
  for (const name of names) {
    let first = 0;
    const pos: number[] = [];
    const neg: number[] = [];
    for (const r of mine) {
      const max = Math.max(...r.stories.map((s) => s.m[name]!));
      const winners = r.stories.filter((s) => s.m[name] === max);
      if (winners.every((s) => s.asked)) first++;
      // Pairwise within the question: each asked story against each other one.
      for (const a of r.stories.filter((s) => s.asked))
        for (const b of r.stories.filter((s) => !s.asked)) {
          pos.push(a.m[name]! - b.m[name]!);
          neg.push(b.m[name]! - a.m[name]!);
        }
    }
    console.log(
      `  ${name.padEnd(12)} asked story first ${first}/${mine.length}  pairwise AUC ${rocAuc(pos, neg).toFixed(3)}`,
    );
  }
}
if (process.argv.includes("--list"))
  for (const r of rows) {
    console.log(`\n${r.half} ${r.q}`);
    for (const s of r.stories)
      console.log(
        `  ${s.asked ? "*" : " "} ${s.id.padEnd(18)} ${Object.entries(s.m)
          .map(([k, v]) => `${k} ${v.toFixed(2)}`)
          .join(" ")}`,
      );
  }
