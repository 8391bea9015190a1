import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { literalKnowledge } from "../support/literalKnowledge.js";

/** Airbus is in the article, but far from the order: only a substitution tells them apart. */
const knowledge = literalKnowledge([
  {
    id: "order",
    title: "Ryanair in deal",
    published: "2005-01-20",
    body: [
      "Budget airline Ryanair has placed an order for 70 Boeing 737-800 planes, in a deal worth $4bn.",
      "The deal should lead to 2,500 new jobs at the airline.",
      "Shares in the Irish company rose 3% in Dublin.",
      "Analysts said the price was low.",
      "The order is good news for Boeing, which has been overtaken by Airbus as the biggest plane maker.",
    ].join("\n"),
  },
]);

describe("a name the answer's sentence replaces with its own", () => {
  it("abstains, saying what the articles mention instead", () => {
    const result = ask(knowledge, "has ryanair ordered airbus planes");
    expect(result.abstained).toBe(true);
    expect(result.answer).toBe(
      "The articles mention ryanair and Boeing 737-800 planes, but no airbus planes.",
    );
    expect(result.closest.map((c) => c.articleId)).toEqual(["order"]);
  });

  it("says so for a how-many question about the other maker's planes", () => {
    const result = ask(knowledge, "how many Airbus planes did Ryanair order?");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/and Boeing 737-800 planes, but no Airbus planes\.$/u);
  });

  it("answers when the sentence holds the name asked for", () => {
    const result = ask(knowledge, "how many boeing planes did ryanair order");
    expect(result.abstained).toBe(false);
    expect(result.sentences[0]?.text).toMatch(/^Budget airline Ryanair/u);
  });

  it("does not take a name opening the sentence for a substitute", () => {
    const corpus = literalKnowledge([
      {
        id: "jobs",
        title: "Airline orders",
        published: "2005-01-20",
        body: [
          "Boeing planes were ordered by Ryanair, the airline said on Monday.",
          "The airline gave no more detail.",
          "Shares rose 3% in Dublin.",
          "Analysts said the move was expected.",
          "Its rival Aer Lingus flies Airbus jets.",
        ].join("\n"),
      },
    ]);
    expect(ask(corpus, "has ryanair ordered airbus planes").answer).not.toMatch(/but no /u);
  });

  it("does not take a capitalised stop word for a substitute", () => {
    const corpus = literalKnowledge([
      {
        id: "trade",
        title: "Trade gap",
        published: "2005-01-20",
        body: [
          "The US trade deficit widened to a record $60bn in October.",
          "Oil prices raised import costs.",
          "Exports fell.",
          "Analysts said the figure was worse than expected.",
          "Analysts said America has had a deficit for years.",
        ].join("\n"),
      },
    ]);
    expect(ask(corpus, "how big was america's trade deficit in october").answer).not.toMatch(
      /but no /u,
    );
  });

  it("names the qualified word once, in what the articles have instead", () => {
    const corpus = literalKnowledge([
      {
        id: "trade",
        title: "Trade gap",
        published: "2005-01-20",
        body: [
          "The Canadian trade deficit widened to a record $60bn in October.",
          "Oil prices raised import costs.",
          "Exports fell.",
          "Analysts said the figure was worse than expected.",
          "Analysts said America has had a deficit for years.",
        ].join("\n"),
      },
    ]);
    expect(ask(corpus, "how big was america's trade deficit in october").answer).toBe(
      "The articles mention Canadian trade, but no america trade.",
    );
  });

  describe("no substitute where a name is the answer or part of one", () => {
    const corpus = literalKnowledge([
      {
        id: "khans",
        title: "Mongol empire",
        published: "2005-01-20",
        body: [
          "His descendant Hulagu Khan sacked Baghdad in 1258.",
          "The city burned for days.",
          "Trade along the river stopped.",
          "Scholars fled west.",
          "The empire was founded by Genghis Khan, and the Volga river marked its edge.",
          "Near Dordrecht the Oude Maas branches off to the south.",
          "Ships sail on to the sea.",
          "Barges carry coal.",
          "Floods came in 1953.",
          "Its water comes from the Rhine in Germany.",
        ].join("\n"),
      },
    ]);

    it("keeps a name whose head is capitalised, as part of a name", () => {
      expect(ask(corpus, "when did a descendant of genghis khan sack baghdad").answer).not.toMatch(
        /but no /u,
      );
    });

    it("keeps a name that is the answer asked for", () => {
      expect(
        ask(corpus, "what is the name of where the rhine branches off near dordrecht").answer,
      ).not.toMatch(/but no /u);
    });
  });
});
