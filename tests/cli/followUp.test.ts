import { describe, expect, it } from "vitest";
import { consoleOutput as runOver } from "../support/consoleOutput.js";
import { literalKnowledge } from "../support/literalKnowledge.js";

const knowledge = literalKnowledge([
  {
    id: "acme",
    title: "Acme Raises Prices",
    published: "2024-03-02",
    body: "Acme raised its prices in March because fuel costs rose sharply.\n\nThe weather was mild.",
  },
]);

const consoleOutput = (lines: readonly string[]): Promise<string> => runOver(knowledge, lines);

describe("console follow-ups", () => {
  it("reads a follow-up against the previous line's question and says so", async () => {
    const printed = await consoleOutput([
      "/ask When did Acme raise its prices?",
      "/ask why did they do that?",
    ]);
    expect(printed).toContain("Read as a follow-up to: When did Acme raise its prices?");
    expect(printed.split("Read as a follow-up to:")[1]).toContain("fuel costs rose sharply");
  });

  it("reads against the previous line only: a line between ends the conversation", async () => {
    const printed = await consoleOutput([
      "/ask When did Acme raise its prices?",
      "/sources",
      "/ask why did they do that?",
    ]);
    expect(printed).not.toContain("Read as a follow-up");
    expect(printed).toContain("The articles do not answer this question.");
  });
});
