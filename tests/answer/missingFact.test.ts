import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { askedNoun, missingFact, type StoryOf } from "../../src/answer/missingFact.js";
import type { Paragraph } from "../../src/corpus/types.js";
import { understandQuestion } from "../../src/answer/understandQuestion.js";
import { literalKnowledge } from "../support/literalKnowledge.js";

/** One article, its sentences one paragraph each. */
const article = (id: string, title: string, ...sentences: string[]) =>
  literalKnowledge([{ id, title, published: "2005-02-01", body: sentences.join("\n") }]);

describe("the noun a question asks for by name", () => {
  it.each([
    ["what was the verdict in the michael jackson trial", "verdict"],
    ["what was derek wyatt's majority at the last election", "majority"],
    ["whats the name of germaine greer's latest book", "book"],
  ])("%j asks for the %s", (question, noun) => {
    const q = understandQuestion(question);
    expect(q.terms[askedNoun(q)!]?.surface).toBe(noun);
  });

  it.each([
    "what growth is deloitte forecasting for the us economy",
    "what's the plot of the de niro film hide and seek",
    "what was the programming philosophy pioneered by the network",
    "whos the ceo of ask jeeves",
    "what was the score in serena's melbourne final",
    "what was the cost of the new stadium",
  ])("%j asks for none by name", (question) => {
    expect(askedNoun(understandQuestion(question))).toBeNull();
  });
});

describe("a story that never names the thing asked for", () => {
  // A second story uses the word, so the corpus knows it: the first says nothing of it.
  const trial = literalKnowledge([
    {
      id: "trial",
      title: "Jackson trial",
      published: "2005-02-01",
      body: [
        "Reporters covering singer Michael Jackson's trial in California have asked to see questionnaires completed by potential jurors.",
        "The judge will rule on the request on Monday.",
        "Jury selection in the trial begins next week.",
      ].join("\n"),
    },
    {
      id: "fraud",
      title: "Fraud verdict",
      published: "2005-02-02",
      body: "The jury returned a guilty verdict in the fraud trial of the bank's former chairman.",
    },
  ]);

  it("abstains, saying what the articles mention and what they lack", () => {
    const result = ask(trial, "what was the verdict in the michael jackson trial");
    expect(result.abstained).toBe(true);
    expect(result.answer).toBe("The articles mention michael jackson trial, but no verdict.");
    expect(result.closest[0]?.articleId).toBe("trial");
  });

  it("answers when the story names it", () => {
    const told = article(
      "trial",
      "Jackson trial",
      "Reporters covering singer Michael Jackson's trial in California have asked to see questionnaires completed by potential jurors.",
      "The judge will rule on the request on Monday.",
      "The jury returned a verdict of not guilty in the Michael Jackson trial.",
    );
    expect(ask(told, "what was the verdict in the michael jackson trial").abstained).toBe(false);
  });

  it("reads no absence from a story of one paragraph, which may tell it unnamed", () => {
    const short = literalKnowledge([
      {
        id: "trial",
        title: "Jackson trial",
        body: "Reporters covering singer Michael Jackson's trial in California asked to see questionnaires completed by potential jurors. The judge will rule on the request on Monday.",
      },
      {
        id: "fraud",
        title: "Fraud verdict",
        body: "The jury returned a guilty verdict in the fraud trial of the bank's former chairman.",
      },
    ]);
    const result = ask(short, "what was the verdict in the michael jackson trial");
    expect(result.answer).not.toMatch(/no verdict/u);
  });
});

describe("a price asked", () => {
  const patents = article(
    "patents",
    "IBM frees patents",
    "Computer giant IBM says 500 of its software patents will be released into the open development community.",
    "Microsoft's software dominates the desktop.",
    "The move was welcomed by open source developers.",
  );

  it("abstains when the only number counts things, saying the price is missing", () => {
    const result = ask(patents, "how much did microsoft pay for giant software");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/, but not the price paid\.$/u);
  });

  it("abstains on a sum its clause ties to no trade, a pledge to a cause", () => {
    // One paragraph: the pledge is the neighbour that carries the sum.
    const davos = literalKnowledge([
      {
        id: "davos",
        title: "World leaders gather",
        body: "Software giant Microsoft hopes to use Davos to shore up its defences against open source software. On Tuesday, Mr Gates pledged $750m of his own money to support the cause.",
      },
    ]);
    const result = ask(davos, "how much did microsoft pay for giant software");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/, but not the price paid\.$/u);
  });

  it("answers with a sum of money", () => {
    const bought = article(
      "giant",
      "Microsoft buys Giant",
      "Microsoft has bought Giant Software, the maker of anti-spyware tools.",
      "It paid $20m for the company, according to people familiar with the deal.",
      "The deal closed on Thursday.",
    );
    const result = ask(bought, "how much did microsoft pay for giant software");
    expect(result.abstained).toBe(false);
    expect(result.short?.text).toBe("$20m");
  });
});

describe("a role no one in the story holds", () => {
  // The story's opening, its vice president, and a sentence naming him without a role.
  const story = (third: string) =>
    literalKnowledge([
      {
        id: "jeeves",
        title: "Ask Jeeves joins blog market",
        body: [
          "Ask Jeeves has bought the Bloglines website to improve the way it handles blogs.",
          "Jim Lanzone, vice president of search properties at Ask Jeeves, said the deal was not about blogs.",
          third,
          "Mr Lanzone said the acquisition would sit well with the Ask Jeeves portal.",
        ].join("\n"),
      },
    ]);

  it("abstains on a name the story gives only a qualified role, saying what it has", () => {
    const corpus = story("Rivals have bought blog sites too.");
    const result = ask(corpus, "whos the ceo of ask jeeves");
    expect(result.abstained).toBe(true);
    expect(result.answer).toBe("The articles mention ask jeeves and vice president, but no ceo.");
  });

  it("answers when the story gives someone the role", () => {
    const corpus = story("Steve Berkowitz, chief executive of Ask Jeeves, welcomed the deal.");
    const result = ask(corpus, "whos the ceo of ask jeeves");
    expect(result.abstained).toBe(false);
    expect(result.short?.text).toBe("Steve Berkowitz");
  });
});

describe("a role asked of a story that names no leader", () => {
  const question = understandQuestion("who is the chief executive of brannock oil");
  // The candidate as missingFact reads it: its story is looked up by article id.
  const candidate = {
    sentence: { text: "By noon, Brannock's shares fell from 80p to 35p." },
    answers: [],
    carrier: undefined,
    inArticle: new Float64Array(question.terms.length).fill(1),
    passage: { articleId: "brannock" },
  } as unknown as Parameters<typeof missingFact>[1];
  const story =
    (third: string): StoryOf =>
    () =>
      [
        "Shares in Irish oil company Brannock Oil have lost more than half their value.",
        "By noon, Brannock's shares fell from 80p to 35p.",
        third,
      ].map((text, i) => ({ number: i + 1, text }) as Paragraph);

  it("finds the role missing from a story of three paragraphs naming no leader", () => {
    const fact = missingFact(
      question,
      candidate,
      story("Brannock said it had heard nothing from the regulator."),
    );
    expect(fact).toEqual({ check: "story-role", missing: "chief executive" });
  });

  it.each([
    "Aoife Dunne, the chair of Brannock Oil, said the company would still bid.",
    "Brannock's managing director said the company would still bid.",
    "Its chairman said the company would still bid.",
    "Its directors said the company would still bid.",
    "The bosses of the firm said it would still bid.",
  ])("finds nothing missing when the story names a leader: %j", (third) => {
    expect(missingFact(question, candidate, story(third))).toBeNull();
  });

  it("reads nothing into a story without a leader when a head coach is asked", () => {
    const coach = understandQuestion("who is the head coach of wales");
    expect(missingFact(coach, candidate, story("Wales lost to England on Saturday."))).toBeNull();
  });
});

describe("the US asked of a story", () => {
  // Another story names the US, as news corpora do: the question's "us" is a word they know.
  const story = (...paragraphs: string[]) =>
    literalKnowledge([
      { id: "harbour-bank", title: "Bank sees slower years ahead", body: paragraphs.join("\n") },
      { id: "fed", title: "Fed holds rates", body: "The US central bank held rates at 2%." },
    ]);
  const question = "what growth does harbour bank expect for the us economy";

  it("abstains when the story never names the US, saying so", () => {
    const corpus = story(
      "Harbour Bank has warned that a decade of steady growth may be ending.",
      "Harbour Bank expects economic growth of 2% this year, below the government's forecast.",
      "Household budgets will be squeezed by rising taxes, it said.",
    );
    const result = ask(corpus, question);
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/, but not the US\.$/u);
  });

  it.each([
    ["the US", "Harbour Bank expects economic growth of 2% this year for the US economy."],
    ["U.S. before a space", "Harbour Bank expects the U.S. economy to grow by 2% this year."],
  ])("answers when the story names it (%s)", (_name, sentence) => {
    const corpus = story(
      "Harbour Bank has warned that a decade of steady growth may be ending.",
      sentence,
      "Household budgets will be squeezed by rising taxes, it said.",
    );
    expect(ask(corpus, question).abstained).toBe(false);
  });
});
