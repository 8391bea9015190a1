import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { planGathering, type Phrase } from "../../src/search/gathering.js";
import { retrieve } from "../../src/search/retrieve.js";
import { terms } from "../../src/text/tokens.js";
import { literalKnowledge, type LiteralArticle } from "../support/literalKnowledge.js";

/** `n` one-sentence articles, each from `sentence(i)`. */
const many = (prefix: string, n: number, sentence: (i: number) => string): LiteralArticle[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${i}`, title: "News", body: sentence(i) }));

// Every word of "Bank of England" is common, and more common than "raise": gathering by the
// rarest words alone takes the stories that raise prices and never one about the Bank of England.
const knowledge = literalKnowledge([
  ...many("prices", 150, (i) => `Shops in town ${i} will raise prices.`),
  ...many("bank", 200, (i) => `The bank opened branch ${i} on the high street.`),
  ...many("england", 200, (i) => `Fans in England cheered match ${i} at the ground.`),
  ...many("rates", 200, (i) => `Interest rates on loan ${i} were fixed for a year.`),
  {
    id: "boe",
    title: "Markets",
    body: "The Bank of England lifted interest rates to 4.75% in August.",
  },
]);

describe("gathering by phrases", () => {
  it("gathers the stories of a name made of common words (Bank of England) by its phrase", () => {
    const hits = retrieve(knowledge, "did the bank of england raise interest rates", 5);
    expect(hits[0]?.passage.articleId).toBe("boe");
  });

  it("answers about the name instead of reporting its commonest word missing", () => {
    const result = ask(knowledge, "did the bank of england raise intrest rates");
    expect(result.abstained).toBe(false);
    expect(result.citations.map((c) => c.articleId)).toContain("boe");
  });

  /** The question's terms, and the distinct ones the corpus has, as `retrieve` gives them. */
  const questionTerms = (question: string) => {
    const all = terms(question);
    return {
      terms: all,
      wanted: [...new Set(all)].filter((t) => knowledge.stats.familyCount(t) > 0),
    };
  };

  it("looks up only a name's words together, also beside a rarer word", () => {
    const looked: string[] = [];
    const phraseOf = (a: string, b: string): Phrase => {
      looked.push(`${a} ${b}`);
      return { words: [a, b], passages: new Map([["p", 1]]), sentences: 1 };
    };
    const limits = { postingsBudget: 300, cap: 3000, phraseFloor: 100, phrases: 3 };
    const common = planGathering(
      questionTerms("did the bank of england raise interest rates"),
      knowledge.stats,
      limits,
      phraseOf,
    );
    // "interest rates" is no name; "england raise" joins a name to "raise", which gathers
    // already (the rarest word): its phrase would add nothing, and is not looked up.
    expect(looked.sort()).toEqual(["bank england"]);
    expect(common.phrases.map((p) => p.words.join(" "))).toContain("bank england");
    looked.length = 0;
    // A budget that "august" and "bank" do not fit together: "bank" does not gather.
    const rare = planGathering(
      questionTerms("what did the bank of england say in august"),
      knowledge.stats,
      { ...limits, postingsBudget: 150 },
      phraseOf,
    );
    // "august" is rare, yet may be a word the name's stories lack ("who chairs the all england
    // club": "chairs" is rarer than the club's words and no story of the club uses it).
    expect(looked).toEqual(["bank england"]);
    expect(rare.terms[0]).toBe("august");
  });

  it("adds a phrase's passages to the pool, never in place of a rarer word's", () => {
    // "Tony Blair" stands together in 250 sentences, "Iraq" is in 81: ranked together by
    // their lookups' scores, the phrase's passages filled the pool and Iraq's were pushed out.
    const crowded = literalKnowledge([
      ...many("pm", 250, (i) => `Tony Blair said school ${i} would open soon.`),
      ...many("iraq", 80, (i) => `Iraq said a vote was held in town ${i}.`),
      {
        id: "target",
        title: "Politics",
        body: "Mr Blair told MPs in the Commons on Wednesday afternoon that the interim government of Iraq must hold free and fair elections across the whole country before the end of January next year.",
      },
    ]);
    const hits = retrieve(crowded, "what did tony blair say about iraq", 100);
    expect(hits.map((h) => h.passage.articleId)).toContain("target");
  });
});
