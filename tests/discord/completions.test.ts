import { describe, expect, it } from "vitest";
import { COMPLETIONS_KEPT, Completions } from "../../src/discord/completions.js";
import { literalKnowledge } from "../support/literalKnowledge.js";

const article = (id: string) => ({ id, title: `Title ${id}`, body: "A sentence." });

describe("autocomplete choices remembered by what was typed", () => {
  const key = { command: "quote", option: "speaker", value: "Bla" };

  it("works a typed prefix out once per version of the corpus", () => {
    const completions = new Completions();
    const one = literalKnowledge([article("a")]);
    let worked = 0;
    const work = () => {
      worked += 1;
      return [{ name: `Blair (${worked})`, value: "blair" }];
    };
    expect(completions.get(one, key, work)).toEqual([{ name: "Blair (1)", value: "blair" }]);
    expect(completions.get(one, key, work)).toEqual([{ name: "Blair (1)", value: "blair" }]);
    expect(completions.get(one, { ...key, value: "Bro" }, work)[0]?.name).toBe("Blair (2)");
    // A reload gives a new knowledge: nothing worked out for the old corpus is served.
    const reloaded = literalKnowledge([article("b")]);
    expect(completions.get(reloaded, key, work)[0]?.name).toBe("Blair (3)");
  });

  it(`keeps at most ${COMPLETIONS_KEPT} prefixes, the oldest going first`, () => {
    const completions = new Completions();
    const knowledge = literalKnowledge([article("a")]);
    let worked = 0;
    const work = () => [{ name: String(++worked), value: "x" }];
    for (let i = 0; i <= COMPLETIONS_KEPT; i++)
      completions.get(knowledge, { ...key, value: `v${i}` }, work);
    expect(
      completions.get(knowledge, { ...key, value: `v${COMPLETIONS_KEPT}` }, work)[0]?.name,
    ).toBe(String(COMPLETIONS_KEPT + 1));
    expect(completions.get(knowledge, { ...key, value: "v0" }, work)[0]?.name).toBe(
      String(COMPLETIONS_KEPT + 2),
    );
  });
});
