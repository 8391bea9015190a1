/**
 * A message that is only a greeting, thanks or goodbye ("hello", "thanks!", "good morning
 * newsdesk"): no question to search for. Searched anyway, "hello" cited any sentence that holds
 * the word ("goodbye sweatshops hello decency").
 */
const SMALL_TALK = new RegExp(
  "^(?:(?:hi|hello|hey|hiya|howdy|yo|greetings|good (?:morning|afternoon|evening|day)" +
    "|thanks?(?: you)?(?: (?:so|very) much)?|thank you|thx|ty|cheers|ta|bye|goodbye|good ?night" +
    "|ok|okay|lol)[\\s,!.?]*)+(?:(?:there|all|everyone|bot|newsdesk)[\\s!.?]*)?$",
  "iu",
);

/** What the bot says to a greeting: how to ask. */
export const SMALL_TALK_REPLY =
  "Ask me a question about the articles (who, what, when, where, why, how many, how much), and I will answer from them with a citation for each sentence.";

/** Whether the cleaned message is only small talk (see {@link SMALL_TALK}). */
export function isSmallTalk(text: string): boolean {
  return SMALL_TALK.test(text.trim());
}
