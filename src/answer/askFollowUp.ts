import type { Knowledge } from "../knowledge/knowledge.js";
import { termOf } from "../text/tokens.js";
import { ask, type AskResult } from "./ask.js";
import { answerFromEarlier, earlierAnswerOf, nothingToBuildOn } from "./earlierAnswer.js";
import { readFollowUp, type AskedQuestion } from "./followUp.js";

/**
 * The questions asked before in one place (a console, a Discord thread): the one a follow-up
 * is read against, and where the question just asked is kept for the next. Each front end
 * decides what counts as one conversation and how long it is remembered.
 */
export interface Conversation {
  readonly previous: AskedQuestion | undefined;
  remember(asked: AskedQuestion): void;
}

/**
 * `ask` within a conversation: a follow-up ("why did they do that?") is answered as read
 * against the previous question ({@link readFollowUp}), and the result says which question
 * that was. One that leans on the earlier answer builds on it: after a refusal, when its own
 * search finds nothing either, it says there is nothing to build on; when the fresh search finds no short answer, the fact may be in a
 * sentence the reader was just shown ({@link answerFromEarlier}). Without a conversation it
 * is `ask` itself.
 */
export function askFollowUp(
  knowledge: Knowledge,
  question: string,
  conversation?: Conversation,
): AskResult {
  const previous = conversation?.previous;
  const reading = readFollowUp(question, previous, (word) => {
    const term = termOf(word);
    return term !== null && knowledge.stats.nameLike(term);
  });
  // A follow-up naming a subject of its own ("and of gazprom?") asks anew; others lean on it.
  const earlier =
    reading.readAgainst !== null && !reading.newSubject ? previous?.answer : undefined;
  let result = ask(knowledge, reading.read);
  // After a refusal the follow-up is still searched: a refused "who is the ceo of X" does not
  // mean the articles say nothing else of X. Only when that search finds nothing too is the
  // reader told there was nothing to build on.
  if (earlier?.abstained && result.abstained && reading.readAgainst !== null)
    result = nothingToBuildOn(question, reading.readAgainst);
  else if (earlier && result.short === null)
    result = answerFromEarlier(knowledge, question, reading.read, earlier) ?? result;
  conversation?.remember({
    asked: reading.asked,
    read: reading.read,
    answer: earlierAnswerOf(result),
  });
  if (reading.readAgainst === null) return result;
  return { ...result, question, followUp: { to: reading.readAgainst, readAs: reading.read } };
}

/** The question a result answered, as asked and as read, for a conversation to keep. */
export function askedOf(result: AskResult): AskedQuestion {
  return {
    asked: result.question,
    read: result.followUp?.readAs ?? result.question,
    answer: earlierAnswerOf(result),
  };
}
