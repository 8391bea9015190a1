import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { foretoldVerb } from "../../src/answer/answerPresent.js";
import { understandQuestion } from "../../src/answer/understandQuestion.js";
import { literalKnowledge } from "../support/literalKnowledge.js";

/** One article, its sentences one paragraph each. */
const article = (id: string, title: string, ...sentences: string[]) =>
  literalKnowledge([{ id, title, published: "2005-02-01", body: sentences.join("\n") }]);

describe("another office than the one asked", () => {
  const zentra = article(
    "zentra",
    "Zentra orders new jets",
    "Zentra chairman Olaf Brin said the new jets had cut the airline's costs every year.",
    "Zentra will take delivery of the first jets in March.",
  );

  it("abstains on the chairman for the chief executive, naming the chairman", () => {
    const result = ask(zentra, "whos the chief executive of zentra");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/chairman, but no chief executive\.$/u);
    expect(result.answer).not.toMatch(/executive,|executive and/u);
  });
});

describe("a role the answer's clause qualifies otherwise", () => {
  const jeeves = article(
    "jeeves",
    "Ask Jeeves buys Bloglines",
    "Jim Lanzone, vice president of search properties at Ask Jeeves, said the deal was not about blogs.",
    "Ask Jeeves bought Bloglines for an undisclosed sum.",
  );

  it("abstains on the vice president for the ceo, naming what the articles have", () => {
    const result = ask(jeeves, "whos the ceo of ask jeeves");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/and vice president, but no ceo\.$/u);
  });

  it("answers when the question asks for the vice president", () => {
    const result = ask(jeeves, "who is the vice president of search properties at ask jeeves");
    expect(result.abstained).toBe(false);
    expect(result.short?.text).toBe("Jim Lanzone");
  });
});

describe("a count of the thing asked", () => {
  it("abstains when the only number is a rank", () => {
    const corpus = article(
      "match",
      "Wales beat England",
      "The record Millennium Stadium crowd roared as Wales beat England.",
      "The England centre spent his 19th birthday on the bench.",
    );
    const result = ask(
      corpus,
      "how many people were at the millennium stadium for wales v england",
    );
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/the number asked for\.$/u);
  });

  it("abstains when the only number is a stretch of time, unless time is counted", () => {
    const corpus = article(
      "studio",
      "Honour for games maker",
      "The head of Lionhead Studios was granted an honour for services to games.",
      "Peter Molyneux has made games for the last 15 years at the studio.",
    );
    expect(ask(corpus, "how many people work at lionhead studios").abstained).toBe(true);
    expect(ask(corpus, "how many years has molyneux made games at the studio").abstained).toBe(
      false,
    );
  });

  it("answers with a count of people", () => {
    const corpus = article(
      "marsh",
      "Marsh cuts jobs",
      "Insurance broker Marsh is laying off 2,500 people.",
    );
    expect(ask(corpus, "how many people is marsh laying off").abstained).toBe(false);
  });

  it("abstains when the sentence's number is money, whatever its neighbour counts", () => {
    // One paragraph, so the next sentence's count is a neighbour the sentence may lean on.
    const corpus = literalKnowledge([
      {
        id: "tunnel",
        title: "Eurotunnel sales fall",
        published: "2005-02-01",
        body: "Eurotunnel is still struggling with debts of more than 6bn euros. The company is currently kept afloat by the 200-plus banks to whom it owes the money.",
      },
    ]);
    const result = ask(corpus, "how many people work for eurotunnel");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/the number asked for\.$/u);
  });
});

describe("an answer carried from a neighbour", () => {
  // One paragraph: a neighbour's number counts only within it.
  const davos = literalKnowledge([
    {
      id: "davos",
      title: "Gates at Davos",
      published: "2005-02-01",
      body: "Microsoft has agreed to pay for Giant Software, a maker of anti-spyware programs. On Tuesday, Mr Gates pledged $750m of his own money to a health charity.",
    },
  ]);

  it("abstains on a why-question whose only cause is a neighbour's, in a quote of its own", () => {
    const corpus = literalKnowledge([
      {
        id: "yukos",
        title: "Yukos in court",
        published: "2005-02-01",
        body: 'Yukos said that in the event of going bust, it could offer the chance of restructuring. "It gives us a kind of life after death," said its chief executive.',
      },
    ]);
    const result = ask(corpus, "why did yukos go bust");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/but not the reason asked for\.$/u);
  });

  it("leaves a neighbour's number alone", () => {
    expect(ask(davos, "how much did gates pledge").abstained).toBe(false);
  });
});

describe("a past question's verb only foretold", () => {
  const q = understandQuestion("how much did continental airlines lose in 2005");

  it.each([
    "Continental said it expects to lose hundreds of millions of dollars in 2005.",
    "Continental will lose $500m in 2005, it said.",
  ])("finds the loss only foretold in %j", (text) => {
    expect(foretoldVerb(q, text)).toBe(true);
  });

  it.each([
    "Continental lost $500m in 2005, after it had expected to lose more.",
    "Continental said it lost $500m in 2005.",
  ])("finds the loss stated in %j", (text) => {
    expect(foretoldVerb(q, text)).toBe(false);
  });

  it("reads a capitalised Will as a name, not as foretelling", () => {
    const q = understandQuestion("did smith star in hitch");
    expect(foretoldVerb(q, "Will Smith starred in Hitch.")).toBe(false);
    expect(foretoldVerb(q, "Smith will star in Hitch, the studio said.")).toBe(true);
  });

  it("leaves a question about what was expected alone", () => {
    const expected = understandQuestion("how much did continental expect to lose in 2005");
    expect(foretoldVerb(expected, "Continental said it expects to lose $500m in 2005.")).toBe(
      false,
    );
  });
});
