import { describe, expect, it } from "vitest";
import { understandQuestion } from "../../src/answer/understandQuestion.js";
import { literalKnowledge } from "../support/literalKnowledge.js";

describe("understandQuestion", () => {
  it.each([
    ["who won the race", "who"],
    ["whose idea was it", "who"],
    ["what is the name of the new chief", "who"],
    ["which firm bought Giant", "which"],
    ["which threats will it fight", "which"],
    ["which is bigger", "what"],
    ["whos the ceo of ask jeeves", "who"],
    ["what film topped the box office", "which"],
    ["when did the tournament start", "when"],
    ["in which year did he retire", "when"],
    ["where is Continental based", "where"],
    ["which city hosts the show", "where"],
    ["why did the shares fall", "why"],
    ["how many jobs will go", "how-many"],
    ["how long did the strike last", "how-many"],
    ["how much did the deal cost", "how-much"],
    ["what price did they pay", "how-much"],
    ["what did the report say", "what"],
    ["what did the council name on monday", "what"],
    ["what types of schools are most of them", "what"],
    ["what kind of university is it", "what"],
    ["budget deficit figures", "other"],
    ["what was the price of the deal", "how-much"],
    ["what did venus williams blame the loss on", "why"],
    ["what caused the crash", "why"],
    ["what's the cost of the new scheme", "how-much"],
    // A sum of money named last, after its owner, asks how much; a verb before it does not.
    ["what was acme's q4 profit", "how-much"],
    ["what is the firm's budget", "how-much"],
    ["what was said about sales", "what"],
    ["what was acme q4 profit", "how-much"],
    ["what were blorvex earnings", "how-much"],
    // No verb before the sum: a verb of the question names what acted on it, no sum is asked.
    ["what drove sales", "what"],
    ["what hit profits", "what"],
    ["what will replace the fee", "what"],
    ["what makes up the budget", "what"],
    ["what is the population of the town", "how-many"],
    ["what was the date of the vote", "when"],
    ["what year did yukos get sold", "when"],
    ["what anti-spyware firm did microsoft buy", "which"],
    ["what channel was the documentary on", "which"],
    ["which state is the plant in", "where"],
    // A "when" or "where" opening a clause of the question is no question phrase.
    ["what company did he join when he left the bank", "which"],
    ["who ran the household he joined when he was nine", "who"],
    ["how did the shares react when the deal was announced", "what"],
    ["when violence is used, what is the protest called", "what"],
    ["when the plant closes, how many jobs will go", "how-many"],
    ["when will the plant close", "when"],
    ["when the plant closed", "when"],
    ["when and where did the meeting take place", "when"],
    ["when the plant closes, when it reopens, what will it make", "what"],
    ["what is the process in which the shares are sold called", "what"],
    ["what did the man who founded the firm say", "what"],
  ])("reads the kind of %s as %s", (question, kind) => {
    expect(understandQuestion(question).kind).toBe(kind);
  });

  it.each([
    ["where will the shrek 2 sequel be filmed", ["shrek", "sequel", "film"]],
    ["who directs the sequel to toy story 3", ["direct", "sequel", "toi", "stori", "3"]],
    ["how many sequels sold 2 million copies", ["sequel", "sell", "2", "million", "copi"]],
    ["when is the sequel to toy story 3 out in the uk", ["sequel", "toi", "stori", "3", "uk"]],
    ["where was shrek 2 filmed", ["shrek", "2", "film"]],
  ])("drops only a sequel's own title number from the terms of %j", (question, terms) => {
    expect(understandQuestion(question).terms.map((t) => t.term)).toEqual(terms);
  });

  it("keeps the owner and the sum of 'what was acme q4 profit' as content", () => {
    const terms = understandQuestion("what was acme q4 profit").terms.map((t) => t.term);
    expect(terms).toEqual(expect.arrayContaining(["acm", "profit"]));
  });

  it("drops framing phrases such as 'take place' and 'happen' from the content terms", () => {
    const terms = (q: string): string[] => understandQuestion(q).terms.map((t) => t.term);
    expect(terms("Where did the meeting take place?")).toEqual(["meet"]);
    expect(terms("when did the crash happen")).toEqual(["crash"]);
    expect(terms("when did the vote occur")).toEqual(["vote"]);
    expect(terms("what kind of deal did they sign")).toEqual(["deal", "sign"]);
    expect(terms("what is the term for a meeting of chiefs")).toEqual(["meet", "chief"]);
  });

  it('keeps the subject of "what did X blame" among the terms', () => {
    const q = understandQuestion("what did Venus Williams blame the loss on");
    expect(q.terms.map((t) => t.term)).toEqual(expect.arrayContaining(["venu", "william", "loss"]));
  });

  it("takes a capitalised word the corpus never writes as a name for no name", () => {
    const { stats } = literalKnowledge([
      {
        id: "fund",
        title: "Fund names its deputy",
        published: "2005-01-20",
        body: "The deputy secretary of the Trust Fund is paid by the Trust Fund.\nThe deputy was named.",
      },
    ]);
    const salient = (q: string): string[] =>
      understandQuestion(q, stats)
        .terms.filter((t) => t.salient)
        .map((t) => t.surface);
    expect(salient("Who funds the Trust's Deputy Secretary?")).toEqual(["Trust"]);
  });

  it("tells a word the corpus writes as a name from one capitalised only to open a sentence", () => {
    const { stats } = literalKnowledge([
      {
        id: "cuts",
        title: "Citadel cuts costs",
        published: "2005-01-20",
        body: "Inflation eased as Citadel pulled its show.\nThe fall in inflation helped Citadel.\nInflation is low; inflation may rise.",
      },
    ]);
    const { writtenAsName } = understandQuestion("who pulled the show", stats);
    expect(writtenAsName?.("Citadel")).toBe(true);
    expect(writtenAsName?.("Inflation")).toBe(false);
    expect(understandQuestion("who pulled the show").writtenAsName).toBeUndefined();
  });

  it("splits the terms into the subject (names, numbers) and the predicate", () => {
    const q = understandQuestion("Who won the French Open in 2005?");
    expect(q.subject.map((t) => t.surface)).toEqual(["French", "Open", "2005"]);
    expect(q.predicate.map((t) => t.surface)).toEqual(["won"]);
  });

  it("keeps the question's own words, possessives folded, to tell answers from echoes", () => {
    expect([...understandQuestion("Who is Russia's envoy?").asked]).toEqual([
      "who",
      "is",
      "russia",
      "envoy",
    ]);
  });

  it.each([
    ["which company bought the unit", "organisation", false],
    ["which firms landed the deals", "organisation", true],
    ["which cities are its exchanges in", "place", true],
    ["which country has won the most times", "place", false],
    ["what party game did the robot play", "title", false],
    ["what did the council name", null, false],
    ["what system was adopted for education", null, false],
    ["which british woman jumped 65 places", "person", false],
    ["where is the firm based", "place", false],
    ["who won the race", null, false],
  ])("reads what %s wants as %s (several: %s)", (question, type, many) => {
    expect(understandQuestion(question).wants).toMatchObject({ type, many });
  });

  it.each([
    ["who bought yukos main unit", "bui"],
    ["which company bought the unit", "bui"],
    ["who is the boss of ryanair", null],
    ["who did hewitt beat in the final", null],
  ])("reads the verb whose doer %s asks for as %s", (question, doer) => {
    expect(understandQuestion(question).wants.doer).toBe(doer);
  });
});
