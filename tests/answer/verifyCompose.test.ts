import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { literalKnowledge } from "../support/literalKnowledge.js";

const knowledge = literalKnowledge([
  {
    id: "order",
    title: "Ryanair Orders Jets",
    published: "2005-01-20",
    body: [
      "Ryanair has ordered 70 Boeing jets to expand its fleet.",
      "The council named the architect of the new harbour bridge on Monday. She is Ana Ruiz, who also drew the Elm tower.",
      "Work stopped because the builder ran out of steel.",
    ].join("\n"),
  },
]);

describe("verify and compose", () => {
  it("abstains when the subject is covered but the fact is not, naming what is missing", () => {
    const result = ask(knowledge, "How many Airbus jets did Ryanair order?");
    expect(result.abstained).toBe(true);
    expect(result.answer).toBe("The articles mention Ryanair, but not Airbus.");
    expect(result.closest.map((c) => c.articleId)).toEqual(["order"]);
  });

  it("abstains when no answer of the asked kind is there", () => {
    const result = ask(knowledge, "When did Ryanair order the Boeing jets?");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/but not the date asked for/u);
  });

  it("states the fact first, taken from the cited sentence", () => {
    const result = ask(knowledge, "how many boeing jets did ryanair order");
    expect(result.short).toEqual({ text: "70 Boeing jets", citation: 1 });
    expect(result.sentences[0]?.text).toBe(
      "Ryanair has ordered 70 Boeing jets to expand its fleet.",
    );
  });

  it("reads the next sentence when the fact sits there, and cites it", () => {
    const result = ask(knowledge, "who is the architect of the new harbour bridge?");
    expect(result.abstained).toBe(false);
    expect(result.short?.text).toBe("Ana Ruiz");
    expect(result.sentences.map((s) => s.text)).toContain(
      "She is Ana Ruiz, who also drew the Elm tower.",
    );
  });

  it("gives the reason for why", () => {
    expect(ask(knowledge, "why did the work stop?").short?.text).toBe(
      "because the builder ran out of steel",
    );
  });

  it("has no short answer for a question that asks for no particular kind of fact", () => {
    const result = ask(knowledge, "what did the council name on monday?");
    expect(result.abstained).toBe(false);
    expect(result.short).toBeNull();
  });
});

describe("names and numbers the question gives", () => {
  const corpus = literalKnowledge([
    {
      id: "ford",
      title: "Ford profits rise",
      published: "2005-01-20",
      body: "Ford made a profit of $1bn in the fourth quarter, the carmaker said.",
    },
    {
      id: "ads",
      title: "Online adverts",
      published: "2005-01-21",
      body: "Web advertising firm DoubleClick is to be sold. DoubleClick has 1,500 staff.",
    },
  ]);

  it("abstains when the chosen article never uses a name the question gives in lower case", () => {
    const result = ask(corpus, "how much profit did doubleclick make in the fourth quarter");
    expect(result.abstained).toBe(true);
  });

  it("abstains when a year the question gives is not stated beside the answer", () => {
    const years = literalKnowledge([
      {
        id: "open",
        title: "Open final",
        published: "2005-01-30",
        body: "The 2005 season starts soon. Fans are eager. Tickets sold out.\n\nMarat Safin won the Australian Open final in Melbourne.",
      },
    ]);
    expect(ask(years, "who won the australian open final").short?.text).toBe("Marat Safin");
    expect(ask(years, "who won the australian open final in 2005").abstained).toBe(true);
  });

  it("answers when the name is there", () => {
    expect(ask(corpus, "how much profit did ford make in the fourth quarter").short?.text).toBe(
      "$1bn",
    );
  });
});

describe("what is asked as done", () => {
  const plans = literalKnowledge([
    {
      id: "listing",
      title: "Exchange plans listing",
      published: "2005-01-20",
      body: "The Nasdaq exchange plans to raise $100m from its share sale, a filing showed.",
    },
  ]);

  it("abstains when the answer's clause only plans what the question asks as done", () => {
    const result = ask(plans, "how much did nasdaq's share sale raise in the end");
    expect(result.abstained).toBe(true);
    expect(result.answer).toBe(
      "The articles mention nasdaq and share, but only as planned, expected or undecided, not the outcome.",
    );
    expect(result.closest.map((c) => c.articleId)).toEqual(["listing"]);
  });

  it("answers the same fact asked as a plan", () => {
    expect(ask(plans, "how much does nasdaq plan to raise from its share sale").short?.text).toBe(
      "$100m",
    );
  });
});
