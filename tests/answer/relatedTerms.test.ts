import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { relatedForRetrieval, relatedTerms } from "../../src/answer/relatedTerms.js";
import { TermStats } from "../../src/search/termStats.js";
import { understandQuestion } from "../../src/answer/understandQuestion.js";
import { literalKnowledge } from "../support/literalKnowledge.js";

describe("related terms", () => {
  it("gives the question's predicate words their WordNet relatives, and names none", () => {
    const q = understandQuestion("What growth is Deloitte predicting?");
    const related = relatedTerms(q, new TermStats());
    const of = (surface: string): readonly string[] =>
      related[q.terms.findIndex((t) => t.surface === surface)] ?? [];
    expect(of("predicting")).toContain("forecast");
    expect(of("Deloitte")).toEqual([]);
  });

  it("chooses the sentence that says the question's predicate in other words", () => {
    const knowledge = literalKnowledge([
      {
        id: "economy",
        title: "Consultancy warns on economy",
        published: "2005-01-03",
        body: [
          "The consultancy published its yearly outlook on Monday.",
          "Deloitte said economic growth was 3% in 2004, a strong year.",
          "Deloitte is forecasting growth of 2% this year.",
        ].join("\n"),
      },
    ]);
    const result = ask(knowledge, "how much growth is deloitte predicting");
    expect(result.short?.text).toBe("2%");
  });
});

describe("related terms: roles", () => {
  it("lets a reader's word for a firm's leader find the chief executive", () => {
    const q = understandQuestion("who is the boss of ryanair");
    const related = relatedTerms(q, new TermStats());
    expect(related[q.terms.findIndex((t) => t.surface === "boss")]).toEqual(
      expect.arrayContaining(["chief", "execut"]),
    );
  });

  it("does not relate a role word to itself", () => {
    const q = understandQuestion("who is the executive of ryanair");
    const executive = q.terms.find((t) => t.surface === "executive");
    const related = relatedTerms(q, new TermStats());
    expect(executive).toBeDefined();
    expect(related[q.terms.indexOf(executive!)]).toEqual(expect.arrayContaining(["boss"]));
    expect(related[q.terms.indexOf(executive!)]).not.toContain("execut");
  });
});

describe("related terms at retrieval: roles", () => {
  it("relates a role word to the others when the question reads it as its subject", () => {
    // "executive" is among the question's rarer words, so it is read as its subject.
    const q = understandQuestion("who is the chief executive of gazprom");
    const related = relatedTerms(q, new TermStats());
    const executive = q.terms.findIndex((t) => t.surface === "executive");
    expect(related[executive]).toEqual(expect.arrayContaining(["chief", "boss"]));
    expect(relatedForRetrieval(q, related).get("execut")).toEqual(related[executive]);
  });

  it("finds the firm's chief when the articles write 'Gazprom chief', not 'chief executive'", () => {
    const knowledge = literalKnowledge([
      {
        id: "yukos",
        title: "Yukos files for bankruptcy",
        body: [
          '"It gives us a kind of life after death," said Yukos chief executive Steven Theede.',
          "Yukos is suing four companies, Gazprom among them, over the auction.",
          "Yukos chief executive Steven Theede said the firm would fight on.",
        ].join("\n\n"),
      },
      {
        id: "gazprom",
        title: "Gazprom merger agreed",
        body: [
          "The merger will allow foreigners to trade in Gazprom shares.",
          "Gazprom chief Alexei Miller confirmed the deal on Tuesday.",
        ].join("\n\n"),
      },
      // Other news, so that Gazprom is a rare word and "chief executive" a common one, as they
      // are in a real corpus (the rarest words stand for the question's subject).
      ...Array.from({ length: 40 }, (_, i) => ({
        id: `council-${i}`,
        title: "Council",
        body:
          i % 8 === 0
            ? `The council's chief executive met on day ${i} to discuss the budget.`
            : `The council met on day ${i} to discuss the budget.`,
      })),
    ]);
    const result = ask(knowledge, "who is the chief executive of gazprom");
    expect(result.short?.text).toBe("Alexei Miller");
    expect(result.citations.map((c) => c.articleId)).toContain("gazprom");
  });
});

describe("related terms: names typed in lower case", () => {
  it("gives a word the corpus writes as a name no WordNet synonyms, even read as a predicate", () => {
    const knowledge = literalKnowledge(
      Array.from({ length: 12 }, (_, i) => ({
        id: `fans-${i}`,
        title: "Fans",
        body: `Fans of Elvis queued on day ${i}, and Elvis records sold out.`,
      })).concat([{ id: "hits", title: "Hits", body: "The reissued single reached number one." }]),
    );
    // "elvis" is the question's commonest word here, so it is not read as its subject.
    const q = understandQuestion("when was the elvis single reissued", knowledge.stats);
    const elvis = q.terms.findIndex((t) => t.surface === "elvis");
    expect(q.subject.map((t) => t.surface)).not.toContain("elvis");
    expect(q.terms[elvis]?.name).toBe(true);
    // WordNet lists "Elvis" among the slang names of LSD.
    expect(relatedTerms(q, knowledge.stats)[elvis]).not.toContain("acid");
  });
});

describe("related terms: a people's country", () => {
  const knowledge = literalKnowledge(
    Array.from({ length: 6 }, (_, i) => ({
      id: `news-${i}`,
      title: "News",
      body: `Shoppers, Brits and Americans spent more in the UK and America on day ${i}, less in Kabul in Afghanistan. English lessons resumed.`,
    })).concat([
      { id: "web", title: "Web", body: "By 2025, 40% of the UK's homes will still be offline." },
    ]),
  );

  it("leads a people's name to its country's other names, as the corpus writes them", () => {
    const q = understandQuestion("what share of brits will be offline by 2025", knowledge.stats);
    const brits = q.terms.findIndex((t) => t.surface === "brits");
    // "brits" → "british" → "Britain" (which this corpus never writes) → "UK".
    expect(relatedTerms(q, knowledge.stats)[brits]).toContain("uk");
    expect(ask(knowledge, "what share of brits will be offline by 2025").short?.text).toBe("40%");
  });

  it("follows only places past the first step: American English is no way to England", () => {
    const q = understandQuestion("what did americans spend", knowledge.stats);
    const americans = q.terms.findIndex((t) => t.surface === "americans");
    const related = relatedTerms(q, knowledge.stats)[americans];
    expect(related).toContain("america");
    expect(related).not.toContain("english");
  });

  it("takes no country for a city: Kabul is the capital of Afghanistan, not Afghanistan", () => {
    const q = understandQuestion("how many people live in kabul", knowledge.stats);
    const kabul = q.terms.findIndex((t) => t.surface === "kabul");
    expect(q.terms[kabul]?.name).toBe(true);
    expect(relatedTerms(q, knowledge.stats)[kabul]).not.toContain("afghanistan");
  });
});
