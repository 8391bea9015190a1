import type { RankedCandidate } from "../../src/answer/rankSentences.js";
import type { AnswerableQuestion } from "../lib/bbcQuestions.js";

/** Why an answerable question was judged as it was (the questions README's rules). */
export type Verdict = "right" | "abstained" | "right-article-no-fact" | "wrong-article";

/** What the judge reads of an answer. */
export interface JudgedAnswer {
  readonly abstained: boolean;
  /** Everything the reader sees: the short answer and the cited sentences. */
  readonly text: string;
  /** Ids of the cited articles ("business/001"). */
  readonly cited: readonly string[];
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Whether `fact` appears in `text` as a whole word or number, ignoring case: not inside a
 * longer word or number, so "2%" does not match inside "3.2%" and "13" not inside "130".
 */
export function holdsFact(text: string, fact: string): boolean {
  const haystack = text.toLowerCase();
  const needle = fact.toLowerCase();
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack.slice(Math.max(0, at - 2), at);
    const after = haystack.slice(at + needle.length, at + needle.length + 2);
    const startsWord = WORD.test(needle[0] ?? "");
    const endsWord = WORD.test(needle.at(-1) ?? "");
    if (startsWord && WORD.test(before.at(-1) ?? "")) continue;
    if (endsWord && WORD.test(after[0] ?? "")) continue;
    // A decimal point or thousands comma between digits joins one number.
    if (/^\d[.,]$/u.test(before) && /^\d/u.test(needle)) continue;
    if (/^[.,]\d$/u.test(after) && /\d$/u.test(needle)) continue;
    return true;
  }
  return false;
}

/** Whether `text` states the question's fact: every `all` fact, or one `any` alternative. */
export function statesFact(text: string, q: AnswerableQuestion): boolean {
  if (q.all) return q.all.every((f) => holdsFact(text, f));
  return (q.any ?? []).some((f) => holdsFact(text, f));
}

/**
 * Whether a ranked candidate, cited, would hold the fact of `q`: it is of an allowed article
 * and its sentence states the fact, or the neighbour cited with it when it holds no answer.
 */
export function candidateHoldsFact(
  c: RankedCandidate,
  q: AnswerableQuestion,
  allowed: ReadonlySet<string>,
): boolean {
  const cited = [c.sentence.text, c.answers.length ? "" : (c.carrier?.sentence.text ?? "")];
  return allowed.has(c.passage.articleId) && statesFact(cited.join(" "), q);
}

/** The article ids whose citation counts for `q`: its file, `also`, and their near copies. */
export function allowedArticles(
  q: AnswerableQuestion,
  copies: ReadonlyMap<string, ReadonlySet<string>>,
): Set<string> {
  const allowed = new Set<string>();
  for (const file of [q.file, ...q.also]) {
    const id = file.replace(/\.txt$/u, "");
    allowed.add(id);
    for (const copy of copies.get(id) ?? []) allowed.add(copy);
  }
  return allowed;
}

/** Judges one answer to an answerable question. */
export function judgeAnswer(
  answer: JudgedAnswer,
  q: AnswerableQuestion,
  allowed: ReadonlySet<string>,
): Verdict {
  if (answer.abstained) return "abstained";
  const citesRight = answer.cited.some((id) => allowed.has(id));
  if (!citesRight) return "wrong-article";
  return statesFact(answer.text, q) ? "right" : "right-article-no-fact";
}
