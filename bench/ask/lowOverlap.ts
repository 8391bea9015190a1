import { traceAsk } from "../../src/answer/ask.js";
import { cleanQuestion } from "../../src/answer/cleanQuestion.js";
import { relatedTerms } from "../../src/answer/relatedTerms.js";
import { understandQuestion } from "../../src/answer/understandQuestion.js";
import type { Knowledge } from "../../src/knowledge/knowledge.js";
import { familyOf, terms } from "../../src/text/tokens.js";
import type { AnswerableQuestion } from "../lib/bbcQuestions.js";
import { formatTable } from "../lib/table.js";
import { holdsFact } from "./judgeAnswer.js";

/** How a question term stands to the gold sentence. */
export type TermMatch = "exact" | "family" | "related" | "nearby" | "none";

/** Where a low-overlap question lost its answer, and which of its words the gold sentence lacks. */
export interface LowOverlapCase {
  readonly q: string;
  /** The furthest stage the gold sentence reached. */
  readonly reach:
    "not retrieved" | "article retrieved" | "passage retrieved" | "candidate" | "chosen";
  /** Question terms by how the gold sentence holds them. */
  readonly terms: ReadonlyMap<string, TermMatch>;
}

/**
 * Follows a paraphrased question's gold sentence (the sentence of the gold article holding the
 * fact and sharing most of the question's terms) through the stages, and sorts the question's
 * terms by how the gold sentence (or its neighbours) holds them: the same term, one of its word
 * family, a WordNet or role relative, only in a neighbouring sentence, or not at all.
 */
export function lowOverlapCase(knowledge: Knowledge, q: AnswerableQuestion): LowOverlapCase | null {
  const articleId = q.file.replace(/\.txt$/u, "");
  const facts = q.all ?? q.any ?? [];
  const understood = understandQuestion(cleanQuestion(q.q, knowledge.stats).text, knowledge.stats);
  const related = relatedTerms(understood, knowledge.stats);
  const wanted = understood.terms.map((t) => t.term);
  const sentences = knowledge.passages
    .filter((p) => p.articleId === articleId)
    .flatMap((p) =>
      p.sentences.map((s, i) => ({ passage: p, text: s.text, terms: p.sentenceTerms[i] ?? [] })),
    );
  const holding = sentences.filter((s) => facts.some((f) => holdsFact(s.text, f)));
  const share = (s: { terms: readonly string[] }): number =>
    wanted.filter((t) => s.terms.includes(t)).length;
  const gold = holding.sort((a, b) => share(b) - share(a))[0];
  if (!gold) return null;
  const at = sentences.indexOf(gold);
  const nearby = new Set([
    ...(sentences[at - 1]?.terms ?? []),
    ...(sentences[at + 1]?.terms ?? []),
  ]);
  const match = new Map<string, TermMatch>();
  understood.terms.forEach((t, i) => {
    const kind: TermMatch = gold.terms.includes(t.term)
      ? "exact"
      : gold.terms.some((g) => familyOf(g) === familyOf(t.term))
        ? "family"
        : (related[i] ?? []).some((r) => gold.terms.includes(r))
          ? "related"
          : nearby.has(t.term) ||
              terms(knowledge.articles.get(articleId)?.title ?? "").includes(t.term)
            ? "nearby"
            : "none";
    match.set(t.surface, kind);
  });
  const { result, hits, ranked } = traceAsk(knowledge, q.q);
  const cited = result.sentences.some((s) => s.text === gold.text);
  const reach: LowOverlapCase["reach"] = cited
    ? "chosen"
    : ranked.some((c) => c.sentence.text === gold.text)
      ? "candidate"
      : hits.some((h) => h.passage.id === gold.passage.id)
        ? "passage retrieved"
        : hits.some((h) => h.passage.articleId === articleId)
          ? "article retrieved"
          : "not retrieved";
  return { q: q.q, reach, terms: match };
}

/**
 * Prints the low-overlap breakdown: how far the gold sentences got, and how they hold the
 * questions' terms; each question, with the terms its gold sentence lacks, goes to `log`.
 */
export function printLowOverlap(
  print: (text: string) => void,
  cases: readonly LowOverlapCase[],
  log: (line: string) => void = print,
): void {
  const reaches = new Map<string, number>();
  const matches = new Map<TermMatch, number>();
  for (const c of cases) {
    reaches.set(c.reach, (reaches.get(c.reach) ?? 0) + 1);
    for (const m of c.terms.values()) matches.set(m, (matches.get(m) ?? 0) + 1);
  }
  print(`\nLow-overlap questions (tune half): where the gold sentence got to`);
  print(
    formatTable(
      [
        { header: "reach", cell: (r: readonly [string, number]) => r[0] },
        { header: "questions", cell: (r: readonly [string, number]) => r[1] },
      ],
      [...reaches],
    ),
  );
  print(`Their question terms, by how the gold sentence holds them`);
  print(
    formatTable(
      [
        { header: "match", cell: (r: readonly [string, number]) => r[0] },
        { header: "terms", cell: (r: readonly [string, number]) => r[1] },
      ],
      [...matches],
    ),
  );
  for (const c of cases)
    log(
      `  [${c.reach}] ${c.q} — missing: ${[...c.terms]
        .filter(([, m]) => m === "none" || m === "nearby")
        .map(([t, m]) => `${t}${m === "nearby" ? "(near)" : ""}`)
        .join(", ")}`,
    );
}
