import type { Knowledge } from "../knowledge/knowledge.js";
import { termOf } from "../text/tokens.js";
import { ask, type AskResult } from "./ask.js";
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
 * that was. Without a conversation it is `ask` itself.
 */
export function askFollowUp(
  knowledge: Knowledge,
  question: string,
  conversation?: Conversation,
): AskResult {
  const reading = readFollowUp(question, conversation?.previous, (word) => {
    const term = termOf(word);
    return term !== null && knowledge.stats.nameLike(term);
  });
  const result = ask(knowledge, reading.read);
  conversation?.remember({ asked: reading.asked, read: reading.read });
  if (reading.readAgainst === null) return result;
  return { ...result, question, followUp: { to: reading.readAgainst, readAs: reading.read } };
}

/** The question a result answered, as asked and as read, for a conversation to keep. */
export function askedOf(result: AskResult): AskedQuestion {
  return { asked: result.question, read: result.followUp?.readAs ?? result.question };
}
