import type { Conversation } from "../answer/askFollowUp.js";
import type { AskedQuestion } from "../answer/followUp.js";

/**
 * The console's conversation: a follow-up is read against the question of the line just
 * before it, and only that one (a line that asked nothing, such as /timeline, ends it). One
 * question is kept, so it stays bounded however long the console runs.
 */
export class LineConversation implements Conversation {
  #previous: AskedQuestion | undefined;
  #current: AskedQuestion | undefined;

  get previous(): AskedQuestion | undefined {
    return this.#previous;
  }

  remember(asked: AskedQuestion): void {
    this.#current = asked;
  }

  /** Starts a new line: the last line's question, if it asked one, becomes the previous. */
  nextLine(): void {
    this.#previous = this.#current;
    this.#current = undefined;
  }
}
