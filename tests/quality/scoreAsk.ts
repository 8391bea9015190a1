import { ask } from "../../src/answer/ask.js";
import type { Knowledge } from "../../src/knowledge/knowledge.js";
import { ANSWERABLE, UNANSWERABLE, type AnswerableCase } from "./askSet.js";

/** One question's outcome in the quality set. */
export interface CaseOutcome {
  readonly question: string;
  readonly ok: boolean;
  readonly why: string;
}

/** The quality set's score over a knowledge base. */
export interface AskScore {
  readonly answerable: readonly CaseOutcome[];
  readonly unanswerable: readonly CaseOutcome[];
  readonly answeredRight: number;
  readonly abstainedRight: number;
}

const fold = (text: string): string =>
  text.toLowerCase().replace(/[’‘]/gu, "'").replace(/[“”]/gu, '"');

/** Judges one answerable case: every fact present, an allowed article cited. */
export function judge(knowledge: Knowledge, c: AnswerableCase): CaseOutcome {
  const result = ask(knowledge, c.question);
  if (result.abstained) return { question: c.question, ok: false, why: "abstained" };
  const text = fold(result.sentences.map((s) => s.text).join(" "));
  const missing = c.facts.filter(
    (fact) => !fact.split("|").some((alt) => text.includes(fold(alt))),
  );
  const cited = result.citations.some((cit) => c.cites.includes(cit.articleId));
  const ok = missing.length === 0 && cited;
  const why = ok
    ? ""
    : `${missing.length ? `missing ${missing.join(", ")}` : "wrong article"}: ${result.answer}`;
  return { question: c.question, ok, why };
}

/** Runs the whole set. */
export function scoreAsk(knowledge: Knowledge): AskScore {
  const answerable = ANSWERABLE.map((c) => judge(knowledge, c));
  const unanswerable = UNANSWERABLE.map((question) => {
    const result = ask(knowledge, question);
    return {
      question,
      ok: result.abstained,
      why: result.abstained ? "" : `answered: ${result.answer}`,
    };
  });
  return {
    answerable,
    unanswerable,
    answeredRight: answerable.filter((o) => o.ok).length / answerable.length,
    abstainedRight: unanswerable.filter((o) => o.ok).length / unanswerable.length,
  };
}
