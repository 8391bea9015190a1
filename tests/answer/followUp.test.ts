import { describe, expect, it } from "vitest";
import { askedOf, askFollowUp, type Conversation } from "../../src/answer/askFollowUp.js";
import { isFollowUp, readFollowUp, type AskedQuestion } from "../../src/answer/followUp.js";
import { literalKnowledge } from "../support/literalKnowledge.js";

const asked = (question: string): AskedQuestion => ({ asked: question, read: question });

describe("isFollowUp", () => {
  it.each([
    ["why did they do that?", true],
    ["when?", true],
    ["where did it happen?", true],
    ["what did he say?", true],
    ["and Airbus?", true],
    ["what about the Boeing order?", true],
    ["how much did it cost?", true],
    ["why did they raise prices", true],
    ["Who was the first country to recognize the Taliban government?", false],
    ["why did Ryanair order more jets?", false],
    ["what did he say in 2004?", false],
    ["who said that the economy was growing?", false],
    ["how many banks has the administrator sued", false],
  ])("%s → %s", (question, expected) => {
    expect(isFollowUp(question)).toBe(expected);
  });
});

describe("readFollowUp", () => {
  it("completes a pronoun question with the earlier question's subject", () => {
    const reading = readFollowUp(
      "why did they do that?",
      asked("Who was the first country to recognize the Taliban government?"),
    );
    expect(reading).toEqual({
      asked: "why did they do that?",
      read: "why did they do that — the first country to recognize the Taliban government?",
      readAgainst: "Who was the first country to recognize the Taliban government?",
      newSubject: false,
    });
  });

  it("asks the earlier question of the new subject an elliptical question names", () => {
    const reading = readFollowUp("and Airbus?", asked("how much did Ryanair pay for Boeing jets?"));
    expect(reading.read).toBe("how much did Ryanair pay for Airbus jets?");
    expect(reading.newSubject).toBe(true);
    const isName = (word: string): boolean => word === "yukos" || word === "gazprom";
    expect(
      readFollowUp("and of gazprom?", asked("who is the chief executive of yukos"), isName).read,
    ).toBe("who is the chief executive of gazprom?");
    expect(readFollowUp("and of gazprom?", asked("who is the chief executive of yukos")).read).toBe(
      "who is the chief executive of gazprom?",
    );
  });

  it("replaces what follows the same preposition in the earlier question", () => {
    expect(readFollowUp("and in 2004?", asked("Who won the FA Cup in 2005?")).read).toBe(
      "Who won the FA Cup in 2004?",
    );
    expect(readFollowUp("and of the BBC?", asked("who is the chief executive of yukos")).read).toBe(
      "who is the chief executive of the BBC?",
    );
    expect(
      readFollowUp("and for Airbus?", asked("how much did Ryanair pay for Boeing jets?")).read,
    ).toBe("how much did Ryanair pay for Airbus jets?");
  });

  it("keeps the earlier question whole for an elliptical question that names no subject", () => {
    const reading = readFollowUp("and when?", asked("how much did Ryanair pay for Boeing jets?"));
    expect(reading.read).toBe("how much did Ryanair pay for Boeing jets — when?");
  });

  it("reads a question with a subject of its own as it is", () => {
    const reading = readFollowUp("Who is Russia's ambassador?", asked("When did Russia act?"));
    expect(reading).toEqual({
      asked: "Who is Russia's ambassador?",
      read: "Who is Russia's ambassador?",
      readAgainst: null,
      newSubject: false,
    });
  });

  it("reads a follow-up as it is when nothing was asked before", () => {
    expect(readFollowUp("why did they do that?", undefined).readAgainst).toBeNull();
  });

  it("keeps the first question's subject through a chain of follow-ups, and the last one's own words", () => {
    let previous = asked("When did Acme raise its prices?");
    for (const next of ["why did they do that?", "how did they do it?", "when?"])
      previous = readFollowUp(next, previous);
    expect(previous.read).toBe("when — they do it — Acme raise its prices?");
  });
});

describe("askFollowUp", () => {
  const knowledge = literalKnowledge([
    {
      id: "acme",
      title: "Acme Raises Prices",
      body: "Acme raised its prices in March because fuel costs rose sharply.\n\nThe weather was mild.",
    },
  ]);

  /** A conversation that keeps what it is told, as a front end's would. */
  const conversationOf = (previous?: AskedQuestion) => {
    const kept: AskedQuestion[] = [];
    const conversation: Conversation = { previous, remember: (a) => kept.push(a) };
    return { conversation, kept };
  };

  it("answers a follow-up read against the previous question and says which", () => {
    const { conversation, kept } = conversationOf(asked("When did Acme raise its prices?"));
    const result = askFollowUp(knowledge, "why did they do that?", conversation);
    expect(result.abstained).toBe(false);
    expect(result.question).toBe("why did they do that?");
    expect(result.followUp?.to).toBe("When did Acme raise its prices?");
    expect(result.answer).toContain("fuel costs rose");
    expect(kept).toMatchObject([
      { asked: "why did they do that?", read: result.followUp?.readAs ?? "" },
    ]);
  });

  it("cannot answer the same follow-up without a previous question", () => {
    const result = askFollowUp(knowledge, "why did they do that?", conversationOf().conversation);
    expect(result.abstained).toBe(true);
    expect(result.followUp).toBeUndefined();
  });

  it("says a follow-up to a refused question has nothing to build on, rather than refusing again", () => {
    const first = askFollowUp(knowledge, "who won the zorblax cup?");
    expect(first.abstained).toBe(true);
    const { conversation } = conversationOf(askedOf(first));
    const result = askFollowUp(knowledge, "why did they do that?", conversation);
    expect(result.abstained).toBe(true);
    expect(result.answer).toContain(
      'The previous question ("who won the zorblax cup?") had no answer',
    );
    expect(result.answer).toContain("Ask the whole question");
    expect(result.followUp?.to).toBe("who won the zorblax cup?");
  });

  it("still searches a follow-up to a refused question, and answers what the articles hold", () => {
    // The articles say nothing of Acme closing factories, but they do say why its prices rose.
    const first = askFollowUp(knowledge, "when did acme close its factories?");
    expect(first.abstained).toBe(true);
    const { conversation } = conversationOf(askedOf(first));
    const result = askFollowUp(knowledge, "why did they raise prices?", conversation);
    expect(result.followUp?.to).toBe("when did acme close its factories?");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("fuel costs rose");
  });

  it("asks anew a follow-up to a refused question that names a subject of its own", () => {
    const first = askFollowUp(knowledge, "when did Zorblax raise its prices?");
    expect(first.abstained).toBe(true);
    const { conversation } = conversationOf(askedOf(first));
    const result = askFollowUp(knowledge, "and Acme?", conversation);
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("Acme raised its prices");
  });
});

describe("askFollowUp on the sentences just shown", () => {
  // The question's own words find the first sentence, which gives no reason; the reason for
  // the rise is in the second article's sentence, shown with the first answer.
  const knowledge = literalKnowledge([
    {
      id: "raised",
      title: "Bank raised rates",
      body: "The Bank of England raised interest rates five times last year.\n\nThe weather in London was mild.",
    },
    {
      id: "held",
      title: "Bank holds rates",
      body: "Rates went up five times from November 2003 - as the bank sought to cool the housing market - but have remained unchanged since August.",
    },
  ]);

  it("answers why from the earlier answer's sentence that gives the reason", () => {
    const earlier = {
      asked: "what did the bank of england do to interest rates",
      read: "what did the bank of england do to interest rates",
      answer: {
        abstained: false,
        sentences: ["raised", "held"].map((articleId) => {
          const text = knowledge.articles.get(articleId)!.paragraphs[0]!.sentences[0]!.text;
          return { text, articleId, paragraph: 1 };
        }),
      },
    };
    const kept: AskedQuestion[] = [];
    const result = askFollowUp(knowledge, "why did they do that?", {
      previous: earlier,
      remember: (a) => kept.push(a),
    });
    expect(result.abstained).toBe(false);
    expect(result.short?.text).toBe("as the bank sought to cool the housing market");
    expect(result.citations.map((c) => c.articleId)).toEqual(["held"]);
    expect(result.followUp?.to).toBe("what did the bank of england do to interest rates");
    expect(result.citations[0]?.passage).toContain("as the bank sought");
  });

  it("builds on nothing of an earlier answer whose article has gone from the corpus", () => {
    const earlier: AskedQuestion = {
      asked: "what did the bank of england do to interest rates",
      read: "what did the bank of england do to interest rates",
      answer: {
        abstained: false,
        sentences: [
          {
            text: "Rates went up - as the bank sought to cool the market - last year.",
            articleId: "removed",
            paragraph: 1,
          },
        ],
      },
    };
    const result = askFollowUp(knowledge, "why did they do that?", {
      previous: earlier,
      remember: () => undefined,
    });
    expect(result.citations.map((c) => c.articleId)).not.toContain("removed");
  });
});
