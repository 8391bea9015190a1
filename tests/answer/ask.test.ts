import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { expectCitationsHold } from "../support/citations/index.js";
import { literalKnowledge } from "../support/literalKnowledge.js";

const knowledge = literalKnowledge([
  {
    id: "vote",
    title: "City Votes on Bridge",
    published: "2024-03-02",
    body: [
      "The city council voted on Tuesday to build a new bridge over the Elm River.",
      "Mayor Ana Ruiz said the bridge would cost 40 million dollars.",
      "The city council voted on Tuesday to build a new bridge over the Elm River.",
      "Mayor Ana Ruiz said:",
      "“This bridge will join two halves of our city.”",
      // The vote again, in a paragraph of its own: cleaning keeps it, so only /ask can drop it.
      "The city council voted on Tuesday to build a new bridge over the Elm River. Work starts in May.",
    ].join("\n"),
  },
  {
    id: "echo",
    title: "Council Round-Up",
    published: "2024-03-03",
    body: [
      "The city council voted on Tuesday to build a new bridge over the Elm River. It also met.",
      "On Tuesday the city council voted to build a new bridge over the Elm River, officials said.",
    ].join("\n"),
  },
  {
    id: "later",
    title: "Bridge Work Begins",
    published: "2024-09-10",
    body: "Construction of the Elm River bridge began in September, the council said.",
  },
]);

describe("ask", () => {
  it("answers with a corpus sentence and cites its article and paragraph", () => {
    const result = ask(knowledge, "How much will the bridge cost?");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("40 million dollars");
    expect(result.citations[0]).toMatchObject({ n: 1, articleId: "vote", paragraph: 2 });
    expect(result.sentences[0]?.citation).toBe(1);
    expectCitationsHold(result, knowledge);
  });

  it("states a fact once, from one source, even when articles repeat or reword it elsewhere", () => {
    const result = ask(knowledge, "When did the council vote to build the bridge?");
    const copies = knowledge.passages.filter((p) => p.text.startsWith("The city council voted"));
    expect(copies.length).toBeGreaterThanOrEqual(3);
    expectCitationsHold(result, knowledge);
    const texts = result.sentences.map((s) => s.text);
    expect(new Set(texts).size).toBe(texts.length);
    const ids = result.citations.map((c) => c.passageId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(result.citations.map((c) => c.n)).toEqual(ids.map((_, i) => i + 1));
    // Reworded, the vote is still one fact: the answer states it once.
    expect(texts.filter((t) => /council voted/u.test(t))).toHaveLength(1);
  });

  it("says as of the newest cited article's date", () => {
    const result = ask(knowledge, "When did construction of the Elm River bridge begin?");
    expect(result.answer).toContain("September");
    expect(result.asOf).toBe("2024-09-10");
    expectCitationsHold(result, knowledge);
  });

  it("brings the line that introduces a quote along with the quote", () => {
    const result = ask(knowledge, "What will the bridge join?");
    expect(result.sentences.map((s) => s.text)).toEqual([
      "Mayor Ana Ruiz said:",
      "“This bridge will join two halves of our city.”",
    ]);
    expectCitationsHold(result, knowledge);
  });

  it("abstains when the question names something the corpus never mentions", () => {
    const result = ask(knowledge, "How much did the Oak River bridge cost in Paris?");
    expect(result.abstained).toBe(true);
    expect(result.citations).toEqual([]);
  });

  it("abstains on a question that shares only a word with the corpus, says what is missing and names the closest articles", () => {
    const result = ask(knowledge, "Who designed the bridge's lighting?");
    expect(result.abstained).toBe(true);
    expect(result.answer).toBe("The articles mention bridge, but not designed or lighting.");
    expect(result.closest.map((c) => c.articleId)).toContain("vote");
  });

  it("abstains when the question has no content word", () => {
    expect(ask(knowledge, "What is it?").abstained).toBe(true);
  });
});
